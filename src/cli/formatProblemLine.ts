import type { Problem } from "../domain/problem";
import type { Language } from "../domain/language";

/**
 * One problem as a command-line line: `sheet!cell  severity  code  message` (file:line for text sources;
 * the file is named before the sheet when it is not the main workbook).
 * @example formatProblemLine(problem, "zh") // "分工方案!E7  error  missing-lead  第7行任务没有牵头单位……"
 */
export function formatProblemLine(problem: Problem, lang: Language, mainFile?: string): string {
  const message = shortenQuotes(lang === "en" ? problem.messageEn : problem.message, lang);
  // Without a file, a line is named once: in the message when it says 第44行 itself, else in the location (file:44 is
  // kept with a file: editors jump to it).
  const lineNamed = problem.line !== undefined && lang === "zh" && message.includes(`第${problem.line}行`);
  let where: string;
  if (problem.sheet) where = problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
  else if (problem.file && problem.line) where = `${problem.file}:${problem.line}`;
  else if (problem.line) where = lineNamed ? "-" : lang === "zh" ? `第${problem.line}行` : `line ${problem.line}`;
  else where = problem.file ?? "-";
  if (problem.file && problem.sheet && problem.file !== mainFile) where = `${problem.file} ${where}`;
  const suggestion = problem.suggestion ? (lang === "en" ? ` (suggestion: ${problem.suggestion})` : `（建议：${problem.suggestion}）`) : "";
  return `${where}  ${problem.severity}  ${problem.code}  ${message}${suggestion}`;
}

/** A quoted name or text longer than a line (a cell of 50,000 characters) shortened to its start, so a line stays a line. */
function shortenQuotes(message: string, lang: Language): string {
  return message.replace(/([“"])([^”"]{81,})([”"])/g, (_all, open: string, quoted: string, close: string) => {
    const characters = Array.from(quoted);
    return `${open}${characters.slice(0, 40).join("")}…${lang === "en" ? ` (${characters.length} characters)` : `（共${characters.length}字）`}${close}`;
  });
}
