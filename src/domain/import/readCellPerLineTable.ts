import { normalizeName } from "../text/normalizeName";
import { readTaskNumber } from "./readTaskNumber";

/** One row of a table copied from a web page as text, one cell per line. */
export interface CellPerLineRow {
  /** 序号 as printed ("" when the table has no 序号 column). */
  number: string;
  /** The 序号 is inherited from the merged cell above (a second task line under one number). */
  numberInferred: boolean;
  title: string;
  /** 1-based line of the task text. */
  line: number;
  /** Units of the responsibility column(s), one per line as written. */
  units: string[];
  /** Units of a 牵头单位 column, when the header has one beside 配合/责任单位. */
  leadUnits: string[];
  /** The units are inherited from the merged cell above. */
  unitsInferred: boolean;
  /** 责任领导 / 分管领导 cells. */
  leaders: string[];
  /** 完成时限 as written ("" when none). */
  deadline: string;
  /** Where the header has parallel 省/市 columns (省牵头单位 / 市牵头单位): the units by the level they name. */
  byLevel: Record<string, string[]>;
}

/** The rows of such a table, and the lines before its header (the notice that carries it). */
export interface CellPerLineTable {
  /** 1-based line of the header's first cell. */
  headerLine: number;
  columns: string[];
  /** Levels of parallel 省/市 responsibility columns, and whether each has a 牵头 column. */
  levels: Array<{ level: string; hasLead: boolean }>;
  rows: CellPerLineRow[];
  /** Lines after the header that fit no row (reported by the caller). */
  unread: Array<{ text: string; line: number }>;
}

type Role = "id" | "title" | "lead" | "units" | "leader" | "deadline" | "other";

const HEADER_WORDS: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^(?:序号|编号|序列)$/, "id"],
  [/^(?:[省市县区]级?)?(?:牵头单位|牵头部门)$/, "lead"],
  [/^(?:[省市县区]级?)?(?:责任单位|责任部门|配合单位|配合部门|协办单位|责任主体|承办单位)$/, "units"],
  [/^(?:责任领导|分管领导|牵头领导|联系领导|县领导|市领导|区领导)$/, "leader"],
  [/^(?:完成时限|时间节点|完成时间|时限要求|进度安排|时间要求)$/, "deadline"],
  [/^(?:民生实事|工作任务|重点工作|目标任务|主要任务|任务内容|工作内容|建设内容|项目名称|实事项目|具体任务|工作目标|目标要求)$/, "title"],
  [/^(?:备注|说明|责任科室|联系人)$/, "other"],
];
const UNIT_LINE = /^[^。；;，,：:]{2,24}?(?:[厅局委办部会院室心府馆社所队团行司处站署组联协市州县区旗盟镇乡]|集团|公司|指挥部|办事处)$/;
const DEADLINE_LINE = /^(?:(?:\d{4}年)?\d{1,2}月|年底|年内|全年|长期|持续|常年|每[年月季]|\d{4}年)/;

function roleOf(line: string): Role | null {
  const word = normalizeName(line);
  return HEADER_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/**
 * Recover the rows of a table pasted from a web page as text, one cell per line (序号 / 民生实事 / 责任单位 /
 * 完成时限, then 1 / the task / its units, one per line / its deadline …): a row starts at its 序号; the task
 * text comes first, then unit lines, then the deadline. A task line after a row's deadline without a 序号 of its
 * own is a row under a merged 序号 cell: it inherits the number and, when it names none, the units above
 * (both marked inferred). Parallel 省/市 columns (省牵头单位 / 市牵头单位) take each unit line by the level its name
 * starts with, for the reader to choose the level. Null when the text has no such header (序号 and two more header words, one per line).
 * @example readCellPerLineTable(["序号", "民生实事", "责任单位", "完成时限", "1", "新建2座人行天桥。", "县住建局", "9月投入使用"].map((text, index) => ({ text, line: index + 1 })))
 * // { headerLine: 1, columns: ["序号", "民生实事", "责任单位", "完成时限"], rows: [{ number: "1", title: "新建2座人行天桥。", units: ["县住建局"], deadline: "9月投入使用", … }], unread: [] }
 */
export function readCellPerLineTable(lines: ReadonlyArray<{ text: string; line: number }>): CellPerLineTable | null {
  const filled = lines.map((entry) => ({ text: entry.text.trim(), line: entry.line })).filter((entry) => entry.text !== "");
  const start = filled.findIndex((entry, index) => {
    if (roleOf(entry.text) !== "id") return false;
    const roles = filled.slice(index + 1, index + 8).map((next) => roleOf(next.text));
    const header = roles.slice(0, roles.findIndex((role) => role === null) === -1 ? roles.length : roles.findIndex((role) => role === null));
    return header.length >= 2 && header.includes("title") && (header.includes("units") || header.includes("lead"));
  });
  if (start === -1) return null;
  const columns: string[] = [];
  const roles: Role[] = [];
  let index = start;
  for (; index < filled.length && roleOf(filled[index].text) !== null; index += 1) {
    columns.push(normalizeName(filled[index].text));
    roles.push(roleOf(filled[index].text) as Role);
  }
  const hasLead = roles.includes("lead") && roles.includes("units");
  // Parallel 省/市 columns: each unit line goes to the level its name starts with.
  const levels: CellPerLineTable["levels"] = [];
  columns.forEach((column, at) => {
    const level = /^([省市县区])级?(?:牵头|责任|配合|协办|承办)/.exec(column)?.[1];
    if (level === undefined) return;
    const known = levels.find((entry) => entry.level === level);
    if (known) known.hasLead ||= roles[at] === "lead";
    else levels.push({ level, hasLead: roles[at] === "lead" });
  });
  const rows: CellPerLineRow[] = [];
  const unread: CellPerLineTable["unread"] = [];
  let row: CellPerLineRow | null = null;
  let phase: "title" | "units" | "deadline" = "title";
  for (; index < filled.length; index += 1) {
    const { text, line } = filled[index];
    const number = /^[0-9０-９]{1,3}[.、．]?$/.test(text) ? readTaskNumber(`${text.replace(/[.、．]$/, "")}、`) : null;
    const expected = rows.length === 0 ? true : Number(number?.bare ?? NaN) > Number(rows[rows.length - 1].number.replace(/\D/g, "") || 0);
    if (number !== null && expected) {
      row = { number: text, numberInferred: false, title: "", line, units: [], leadUnits: [], unitsInferred: false, leaders: [], deadline: "", byLevel: {} };
      rows.push(row);
      phase = "title";
      continue;
    }
    if (row === null) {
      unread.push({ text, line });
      continue;
    }
    const compact = normalizeName(text);
    if (phase === "title" && row.title === "") {
      row.title = text;
      row.line = line;
      phase = "units";
    } else if (phase === "units" && UNIT_LINE.test(compact)) {
      if (levels.length > 1) {
        const level = levels.find((entry) => compact.startsWith(entry.level))?.level ?? Object.keys(row.byLevel).pop() ?? levels[0].level;
        row.byLevel[level] = [...(row.byLevel[level] ?? []), compact];
      } else if (hasLead && row.leadUnits.length === 0) row.leadUnits.push(compact);
      else row.units.push(compact);
    } else if (DEADLINE_LINE.test(compact) && compact.length <= 16 && row.deadline === "") {
      row.deadline = text;
      phase = "deadline";
    } else if (phase !== "title" && !UNIT_LINE.test(compact) && !DEADLINE_LINE.test(compact)) {
      // A second task under the merged 序号 (and, when it names none, the merged 责任单位) of the row above.
      const above: CellPerLineRow = row;
      row = { ...above, numberInferred: true, title: text, line, units: [], leadUnits: [], unitsInferred: false, deadline: "", byLevel: {} };
      rows.push(row);
      phase = "units";
      const inheritFrom = above;
      const current = row;
      lookAheadUnits(filled, index, () => {
        current.units = [...inheritFrom.units];
        current.leadUnits = [...inheritFrom.leadUnits];
        current.byLevel = { ...inheritFrom.byLevel };
        current.unitsInferred = true;
      });
    } else unread.push({ text, line });
  }
  return { headerLine: filled[start].line, columns, levels: levels.length > 1 ? levels : [], rows, unread };
}

/** When the line after a continuation task is not a unit, the task names no units of its own: inherit them. */
function lookAheadUnits(filled: ReadonlyArray<{ text: string }>, index: number, inherit: () => void): void {
  const next = filled[index + 1];
  if (next === undefined || !UNIT_LINE.test(normalizeName(next.text))) inherit();
}
