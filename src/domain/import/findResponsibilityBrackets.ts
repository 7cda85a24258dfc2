import { toHalfWidth } from "../text/toHalfWidth";
import { findConventionNote } from "../responsibility/findConventionNote";
import { splitDepartmentList } from "../responsibility/splitDepartmentList";
import { toSimplifiedChinese } from "../responsibility/toSimplifiedChinese";

/** A bracket of a paragraph that states responsibility (or only the first-listed-leads note). */
export interface ResponsibilityBracket {
  /** Index of the opening bracket in the paragraph. */
  start: number;
  /** Index after the closing bracket. */
  end: number;
  /** The text inside the brackets, as written. */
  inner: string;
  /** "responsibility": names departments with a role word (or a bare department list at the end); "note": only the note. */
  kind: "responsibility" | "note";
}

const ROLE_END = /(?:牵头|负责|配合|参与|协办|协助|落实)$/;
const LABEL = /(?:牵头单位|牵头部门|配合单位|配合部门|协办单位|参与单位|责任单位|责任部门|责任主体|承办单位)[：:]/;
const DEPARTMENT = /^(?:省|市|县|区|州|旗|各|国家|中共|中国)[\u4e00-\u9fff（）]*[厅局委办部会院室心府馆社所队团行司处站署组联协]$|^[\u4e00-\u9fff]{1,8}(?:市|州|县|区)(?:人民)?政府$/;

/**
 * Find the brackets of a paragraph that carry its responsibility: （省国土资源厅牵头）, （…等部门按职责分工负责）,
 * （…负责。列第一位者为牵头部门，下同）, （责任单位：…）, or a bare department list closing the paragraph
 * （省发展改革委）. Brackets inside the task text — （小区）, （白山）, （２００９－２０２０） — are not.
 * Brackets nest: （省发展改革委、各市（州）政府负责） is one bracket; a square bracket holds a responsibility whose names
 * carry round ones: [牵头单位:县发改局(粮食局);责任单位:各镇人民政府].
 * @example findResponsibilityBrackets("耕地保有量保持在553万公顷。（省国土资源厅牵头）")
 * // [{ start: 15, end: 25, inner: "省国土资源厅牵头", kind: "responsibility" }]
 */
export function findResponsibilityBrackets(paragraph: string): ResponsibilityBracket[] {
  const found: ResponsibilityBracket[] = [];
  const closers: string[] = [];
  let open = -1;
  for (let index = 0; index < paragraph.length; index += 1) {
    const ch = paragraph[index];
    const closer = CLOSER_OF[ch];
    if (closer !== undefined) {
      if (closers.length === 0) open = index;
      closers.push(closer);
    } else if (closers.length > 0 && closerMatches(ch, closers[closers.length - 1])) {
      closers.pop();
      if (closers.length > 0) continue;
      const inner = paragraph.slice(open + 1, index);
      const kind = bracketKind(inner, /^[\s\u3000。．.；;]*$/.test(paragraph.slice(index + 1)));
      if (kind) found.push({ start: open, end: index + 1, inner, kind });
    }
  }
  return found;
}

/** Opening brackets and the closing bracket each expects: round （）, and square [] ［］ 【】 around a text that itself holds round brackets. */
const CLOSER_OF: Record<string, string> = { "（": "）", "(": ")", "[": "]", "［": "］", "【": "】" };

/** Whether a character closes the innermost open bracket (half- and full-width forms of a pair close each other: （…) as stored). */
function closerMatches(ch: string, expected: string): boolean {
  const pairs = [")）", "]］"];
  return ch === expected || pairs.some((pair) => pair.includes(ch) && pair.includes(expected));
}

function bracketKind(inner: string, atEnd: boolean): ResponsibilityBracket["kind"] | null {
  const text = toSimplifiedChinese(toHalfWidth(inner)).replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
  const note = findConventionNote(text);
  const body = (note ? note.remainder : text).replace(/[。.；;，,、]+$/, "").replace(/^[。.；;，,、]+/, "");
  if (ROLE_END.test(body) || LABEL.test(body)) return "responsibility";
  const names = splitDepartmentList(body);
  if (names.length > 0 && names.every((name) => DEPARTMENT.test(name)) && (atEnd || note !== null)) return "responsibility";
  return note ? "note" : null;
}
