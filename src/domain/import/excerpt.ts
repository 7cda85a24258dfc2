/**
 * The first 40 characters of a text quoted in a message, with “…” when it is longer.
 * @example excerpt("全省努力完成工业投资1700亿元") // "全省努力完成工业投资1700亿元"
 * @example excerpt("很长的任务".repeat(10)).length // 41
 */
export function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
