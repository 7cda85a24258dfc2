import type { ParsedResponsibility } from "../responsibility/parseResponsibility";
import { parseTargets } from "../targets/parseTargets";
import type { Task } from "../task";
import type { DivisionItem } from "./readDivisionItems";

/** Where a task stands in a division document: under which numbered headings, in which category, under which leader. */
export interface DivisionTaskPlace {
  /** The bare numbers of the headings the task stands under, outermost first. */
  section: string[];
  /** The headings' texts (the section's own left out) and the subheading, joined by " / ". */
  category: string;
  /** The leader the nearest heading names (王纲市长主抓), or null. */
  headingLeader: string | null;
}

/**
 * A task of a division document from its item, its responsibility as read and its place: numbered as printed (the
 * id is given later), the figures of its text as its target, a leader named by a heading inherited as inferred when
 * the responsibility names none.
 * @example divisionTask(item, parsed, { section: ["一"], category: "一、稳增长", headingLeader: null }, undefined).leads // ["省发展改革委"]
 */
export function divisionTask(item: Extract<DivisionItem, { type: "task" }>, parsed: ParsedResponsibility, place: DivisionTaskPlace, file: string | undefined): Task {
  const { headingLeader } = place;
  return {
    id: "",
    number: item.number?.printed ?? "",
    section: place.section,
    title: item.title,
    category: place.category,
    // The figures of the text (553万公顷, 降低16%, 2787万人以内); a qualitative task keeps its title only.
    target: parseTargets(item.title)
      .filter((target) => target.kind !== "milestone")
      .map((target) => target.text)
      .join("；"),
    leads: parsed.leads,
    supporting: parsed.supporting,
    responsibility: parsed.kind,
    deadline: null,
    leaders: parsed.leaders.length > 0 ? parsed.leaders : headingLeader ? [headingLeader] : [],
    inferred: [...parsed.inferred, ...(parsed.leaders.length === 0 && headingLeader ? [headingLeader] : [])],
    responsibilityText: item.responsibility,
    source: file === undefined ? { line: item.line } : { file, line: item.line },
  };
}
