/**
 * A count as a percentage of a total with one decimal, rounded half up in integer arithmetic (no
 * binary noise): the circular's 占比.
 * @example percentText(44, 55) // "80.0"
 * @example percentText(1, 3) // "33.3"
 * @example percentText(1, 8) // "12.5"
 */
export function percentText(count: number, total: number): string {
  if (total <= 0) return "0.0";
  const tenths = Math.floor((count * 2000 + total) / (2 * total));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
