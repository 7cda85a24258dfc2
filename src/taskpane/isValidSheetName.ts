/**
 * Whether Excel accepts a sheet name: 1–31 characters, none of [ ] : * ? / \, not starting or ending with '.
 * @example isValidSheetName("任务分解表") // true
 * @example isValidSheetName("1/2月") // false
 */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}
