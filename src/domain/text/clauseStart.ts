/** Clause separators, full- and half-width: a figure's words never run across them. */
const CLAUSE_SEPARATORS = new Set([..."，,；;。：:"].map((ch) => ch.charCodeAt(0)));

/**
 * Where the clause holding position `end` of a text starts: just after the last separator (，,；;。：:) before it —
 * looking back no further than `earliest` — else `earliest` (0 by default). No text is cut to find it.
 * @example clauseStart("完成投资90.5亿元,完成年度投资计划的69%", 20) // 11
 * @example clauseStart("完成年度投资计划的69%", 9, 3) // 3
 */
export function clauseStart(text: string, end: number, earliest = 0): number {
  let at = end;
  while (at > earliest && !CLAUSE_SEPARATORS.has(text.charCodeAt(at - 1))) at--;
  return at;
}
