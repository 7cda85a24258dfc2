import type { Problem } from "../problem";
import type { ParsedResponsibility, UnmarkedListReading } from "../responsibility/parseResponsibility";
import { excerpt } from "./excerpt";

/** What the reading of a whole division document has to say beyond single tasks. */
export interface DivisionReadingSummary {
  problems: Problem[];
  /** Levels of parallel 省/市 labels found anywhere in the document. */
  levels: string[];
  convention: { reading: UnmarkedListReading; tasks: number };
}

const LEVEL_NAMES: Record<string, string> = { 省: "省级", 市: "市级", 县: "县级", 区: "区级" };

/**
 * The document-wide problems of a division reading: text it could not place (`unplaced-text` in a section that
 * has tasks, `skipped-section` for a section without any), the convention applied to unmarked lists of several
 * units (`convention-applied`, one warning for the document: first-listed leads or joint, and how to switch), and
 * the level read where the document has parallel 省/市 labels (`level-applied` when the clerk chose it or the
 * document names its own, `level-needed` when neither did).
 * @example divisionReadingProblems({ parsed, loose, sectionTitles, sectionTasks, unmarked: "first-listed", level: null, file: "分工.txt" }).convention
 * // { reading: "first-listed", tasks: 3 }
 */
export function divisionReadingProblems(input: {
  parsed: ParsedResponsibility[];
  loose: Array<{ section: number; text: string; line: number }>;
  sectionTitles: string[];
  sectionTasks: number[];
  unmarked: UnmarkedListReading;
  level: string | null;
  file: string | undefined;
}): DivisionReadingSummary {
  const { file } = input;
  const at = (line?: number): { file?: string; line?: number } => ({ ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) });
  const problems: Problem[] = [];
  const skipped = new Map<number, number[]>();
  for (const entry of input.loose) {
    if ((input.sectionTasks[entry.section] ?? 0) > 0) {
      problems.push({
        code: "unplaced-text",
        severity: "warning",
        ...at(entry.line),
        message: `第${entry.line}行“${excerpt(entry.text)}”没有写明责任单位，未作为任务导入。如是任务，请在句末用括号注明牵头单位。`,
        messageEn: `Line ${entry.line} "${excerpt(entry.text)}" names no responsible department and was not imported as a task; if it is one, add its lead department in brackets.`,
      });
    } else skipped.set(entry.section, [...(skipped.get(entry.section) ?? []), entry.line]);
  }
  for (const [index, unsorted] of skipped) {
    const lines = [...unsorted].sort((a, b) => a - b);
    const range = lines.length > 1 ? `第${lines[0]}–${lines[lines.length - 1]}行` : `第${lines[0]}行`;
    const rangeEn = lines.length > 1 ? `lines ${lines[0]}–${lines[lines.length - 1]}` : `line ${lines[0]}`;
    problems.push({
      code: "skipped-section",
      severity: "info",
      ...at(lines[0]),
      message: `“${input.sectionTitles[index]}”（${range}）没有写明责任单位的任务，未导入。`,
      messageEn: `${index === 0 ? "The opening text" : `"${input.sectionTitles[index]}"`} (${rangeEn}) holds no task with a responsible department and was not imported.`,
    });
  }

  const unmarkedTasks = input.parsed.filter((reading) => reading.unmarkedList).length;
  if (unmarkedTasks > 0) {
    const firstListed = input.unmarked === "first-listed";
    problems.push({
      code: "convention-applied",
      severity: "warning",
      ...at(),
      message: firstListed
        ? `本文档没有写明牵头规则，有${unmarkedTasks}项任务列了几个责任单位而未标注牵头，已按“列第一位者为牵头单位”读取。如文件的意思是共同负责，请在导入时改为“共同负责”，全文一并改。`
        : `本文档没有写明牵头规则，有${unmarkedTasks}项任务列了几个责任单位而未标注牵头，已按“共同负责、不设牵头”读取。如应以列第一位者为牵头单位，请在导入时改为“列第一位者牵头”，全文一并改。`,
      messageEn: firstListed
        ? `The document states no lead rule; ${unmarkedTasks} tasks list several units without marking a lead and were read with the first-listed unit leading. If the document means joint responsibility, switch the reading to joint for the whole document.`
        : `The document states no lead rule; ${unmarkedTasks} tasks list several units without marking a lead and were read as joint, without a lead. If the first-listed unit should lead, switch the reading for the whole document.`,
    });
  }

  const levels = input.parsed.flatMap((reading) => reading.levels).filter((level, index, all) => all.indexOf(level) === index);
  if (levels.length > 1) {
    const chosen = input.level !== null && levels.includes(input.level) ? input.level : null;
    const shown = levels.map((level) => LEVEL_NAMES[level] ?? level).join("、");
    problems.push(
      chosen
        ? {
            code: "level-applied",
            severity: "info",
            ...at(),
            message: `文档对同一任务分列了${shown}责任单位，已按${LEVEL_NAMES[chosen] ?? chosen}读取牵头和配合单位；如需其他层级，请在导入时选择。`,
            messageEn: `The document lists units for several levels (${levels.join(", ")}); the ${chosen} level was read. Choose another level when importing if needed.`,
          }
        : {
            code: "level-needed",
            severity: "error",
            ...at(),
            message: `文档对同一任务分列了${shown}责任单位，无法判断本文档属于哪一级，暂按${LEVEL_NAMES[levels[0]] ?? levels[0]}读取。请在导入时选择层级后重新导入。`,
            messageEn: `The document lists units for several levels (${levels.join(", ")}) and does not say which level it speaks for; read as ${levels[0]} for now. Choose the level and import again.`,
          },
    );
  }
  return { problems, levels, convention: { reading: input.unmarked, tasks: unmarkedTasks } };
}
