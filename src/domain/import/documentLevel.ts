import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";

/** Who issues the document, by the first issuer named in its opening: 省人民政府, 市政府办公厅, 县人民政府办公室 … */
const ISSUER = /(省|市|县|区|州)(?:人民政府|政府)(?:办公厅|办公室)?|(省|市|县|区)委(?:办公厅|办公室)?/;

/**
 * The level of government a document speaks for (省, 市, 县 or 区), read from its opening (title, issuer,
 * document number line); null when the opening names none. Used where a table has parallel 省牵头单位 /
 * 市牵头单位 columns: the document's own level is the one whose units it assigns.
 * @example documentLevel("鞍山市人民政府关于印发…的通知") // "市"
 * @example documentLevel("关于印发实施方案的通知") // null
 */
export function documentLevel(text: string): string | null {
  const opening = toSimplifiedChinese(text.slice(0, 400)).replace(/\s+/g, "");
  const match = ISSUER.exec(opening);
  return match ? (match[1] ?? match[2]) : null;
}
