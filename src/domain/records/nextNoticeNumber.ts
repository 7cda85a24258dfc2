import type { RegisterEntry } from "./supervisionRegister";

/**
 * The next notice number of a year after those registered (〔2007〕第2号 registered → 3).
 * @example nextNoticeNumber(entries, 2007) // 3
 */
export function nextNoticeNumber(entries: readonly RegisterEntry[], year: number): number {
  const numbers = entries.map((entry) => new RegExp(`^〔${year}〕第(\\d+)号$`).exec(entry.number)).filter((match) => match !== null).map((match) => Number(match[1]));
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}
