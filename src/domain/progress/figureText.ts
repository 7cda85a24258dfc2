/**
 * A figure as messages write it: at most ten significant digits, no binary noise.
 * @example figureText(0.1 + 0.2) // "0.3"
 */
export function figureText(value: number): string {
  return String(Number(value.toPrecision(10)));
}
