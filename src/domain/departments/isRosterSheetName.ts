/** 部门名录 / 单位名录 / 部门清单 / 责任单位名录 / 部门简称表 / Departments / Roster. */
const ROSTER_NAME = /(?:部门|单位|机构)(?:名录|清单|名单|简称|一览)|名录|roster|^departments?$/i;

/**
 * Whether a sheet's name says it is a department roster.
 * @example isRosterSheetName("部门名录") // true
 * @example isRosterSheetName("任务分解表") // false
 */
export function isRosterSheetName(name: string): boolean {
  return ROSTER_NAME.test(name.replace(/\s+/g, ""));
}
