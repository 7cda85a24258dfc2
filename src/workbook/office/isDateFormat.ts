/**
 * Whether an Excel number format shows a date or time (so a number read through Office.js is a
 * date serial): letters y m d h s outside quoted text, [..] sections and "General".
 * @example isDateFormat("yyyy年m月d日") // true
 * @example isDateFormat("General\"亿元\"") // false
 * @example isDateFormat("0.0%") // false
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/general/gi, "");
  return /[ymdhs]/i.test(bare);
}
