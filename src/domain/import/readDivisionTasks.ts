import type { Problem } from "../problem";
import type { ParsedResponsibility } from "../responsibility/parseResponsibility";
import type { Task } from "../task";
import { divisionTask } from "./divisionTask";
import { divisionTaskProblems } from "./divisionTaskProblems";
import type { DivisionItem } from "./readDivisionItems";
import { readHeadingLeader } from "./readHeadingLeader";

/** What reading the items of a division document fills in, and how it reads a responsibility and a heading. */
export interface DivisionTaskReading {
  file: string | undefined;
  read: (responsibility: string, firstListedLeads: boolean, level: string | undefined) => ParsedResponsibility;
  simplifyHeading: (heading: string) => string;
  level: string | undefined;
  problems: Problem[];
  parsed: ParsedResponsibility[];
  tasks: Task[];
  /** Text the reading could not place, with its section (index into sectionTitles). */
  loose: Array<{ section: number; text: string; line: number }>;
  sectionTitles: string[];
  sectionTasks: number[];
}

/** A short line standing for a group of tasks: 加强基础设施建设 / ——推进教育高质量发展. */
const SUBHEADING = /^[—－-]*([^。；;，,：:]{2,30})$/;

interface OpenHeading {
  level: number;
  text: string;
  number: string;
  leader: string | null;
  tasks: number;
  line: number;
}

/**
 * Walk the items of a division document: headings open and close sections, tasks take their number, section,
 * category, leaders and responsibility; a numbered heading with no task under it is loose text, and so is text
 * that is no subheading of the tasks after it. A first-listed-leads note is in force from where it stands (for
 * the whole document when it applies throughout).
 * @example readDivisionTasks(readDivisionItems(splitDivisionParagraphs(text), problems, file), reading) // fills reading.tasks
 */
export function readDivisionTasks(items: DivisionItem[], state: DivisionTaskReading): void {
  const { file, problems, tasks, loose, sectionTitles, sectionTasks } = state;
  let inForce = items.some((item) => item.type === "note" && !item.appliesToRest);
  const stack: OpenHeading[] = [];
  let subheading = "";
  let section = 0;
  const close = (level: number): void => {
    while (stack.length > 0 && stack[stack.length - 1].level >= level) {
      const heading = stack.pop() as OpenHeading;
      // A numbered paragraph with no task under it and no responsibility of its own is not a task: say so.
      if (heading.tasks === 0) loose.push({ section, text: heading.text, line: heading.line });
    }
  };
  items.forEach((item, index) => {
    if (item.type === "heading") {
      close(item.level);
      if (item.level <= 1) {
        section = sectionTitles.length;
        sectionTitles.push(item.text);
        sectionTasks.push(0);
      }
      stack.push({ level: item.level, text: item.text, number: item.number.bare, leader: readHeadingLeader(state.simplifyHeading(item.text)), tasks: 0, line: item.line });
      subheading = "";
      return;
    }
    if (item.type === "note") {
      if (item.appliesToRest) inForce = true;
      return;
    }
    if (item.type === "text" || item.type === "label") {
      const next = items.slice(index + 1).find((after) => after.type !== "note");
      const shape = item.type === "text" ? SUBHEADING.exec(item.text) : null;
      if (shape && next?.type === "task") subheading = shape[1];
      else loose.push({ section, text: item.text, line: item.line });
      return;
    }
    if (item.number) close(item.number.level);
    const parsed = state.read(item.responsibility, inForce, state.level);
    state.parsed.push(parsed);
    if (parsed.conventionNote?.appliesToRest) inForce = true;
    for (const heading of stack) heading.tasks += 1;
    sectionTasks[section] += 1;
    const headings = stack.length > 1 && stack[0].level <= 1 ? stack.slice(1) : stack;
    const category = [...headings.map((heading) => heading.text), ...(subheading ? [subheading] : [])].join(" / ");
    const headingLeader = [...stack].reverse().find((heading) => heading.leader !== null)?.leader ?? null;
    tasks.push(divisionTask(item, parsed, { section: stack.map((heading) => heading.number), category, headingLeader }, file));
    problems.push(...divisionTaskProblems(item, parsed, file));
  });
  close(-1);
}
