/**
 * Names without repeats, each kept where it is first written.
 * @example uniqueNames(["省财政厅", "省发展改革委", "省财政厅"]) // ["省财政厅", "省发展改革委"]
 */
export function uniqueNames(names: string[]): string[] {
  return names.filter((name, index) => names.indexOf(name) === index);
}
