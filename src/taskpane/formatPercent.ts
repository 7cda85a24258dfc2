/**
 * A fraction as a percentage with one decimal, as circulars write it.
 * @example formatPercent(1.241) // "124.1%"
 * @example formatPercent(10 / 12) // "83.3%"
 */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}
