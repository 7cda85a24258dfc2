/** Excel's error values, as a cell shows them (and as ExcelJS and Office.js give them). */
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/i;

/**
 * Whether a cell value is one of Excel's error values (#REF!, #N/A, #DIV/0! …): a formula that failed, never a
 * department, a figure or a task.
 * @example isCellErrorValue("#N/A") // true
 * @example isCellErrorValue("#1 重点工作") // false
 */
export function isCellErrorValue(value: unknown): boolean {
  return typeof value === "string" && value.length <= 14 && ERROR_VALUE.test(value.trim());
}
