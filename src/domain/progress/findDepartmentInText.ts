import type { DepartmentRoster } from "../departments/buildRoster";
import { findDepartment } from "../departments/findDepartment";
import { departmentKey } from "../departments/departmentKey";
import { normalizeName } from "../text/normalizeName";

/** Where a department name written at the start of a title or file name may end: …厅 / …委 / …局 / …政府. */
const NAME_END = /(?:人民政府|政府|管委会|委员会|厅|委|局|办|部|院|署|中心|公司|集团)/g;

/**
 * The department a sheet's title, sheet name or file name names as its author, in its canonical form:
 * 省交通运输厅重点工作进展情况表 → 省交通运输厅; 省发展改革委-1至10月进展.xlsx → 省发展改革委; 省发改委进展 → 省发展改革委.
 * Only names the workbook knows count (the roster's, and those in the task table: `known`, canonical), so that
 * 有关部门重点工作进展情况汇总 names no one. The earliest mention wins, then the longest.
 * @example findDepartmentInText("省经委“工业项目年”重点工作进展情况（1-10月）", ["省经委", "省统计局"], roster) // "省经委"
 * @example findDepartmentInText("有关部门重点工作进展情况汇总", ["省经委"], roster) // null
 */
export function findDepartmentInText(text: string, known: readonly string[], roster: DepartmentRoster): string | null {
  const normalized = normalizeName(text);
  if (normalized === "") return null;
  const names = new Map<string, string>();
  for (const name of known) names.set(normalizeName(name), name);
  for (const name of roster.names) names.set(normalizeName(name), name);
  let best: { at: number; length: number; name: string } | null = null;
  for (const [written, name] of names) {
    if (written === "") continue;
    const at = normalized.indexOf(written);
    if (at < 0) continue;
    if (best === null || at < best.at || (at === best.at && written.length > best.length)) best = { at, length: written.length, name };
  }
  if (best === null || best.at > 0) {
    // A short form at the start (省发改委进展 → 省发展改革委): the longest prefix ending like a department name.
    const byKey = new Map<string, string>();
    for (const name of names.values()) byKey.set(departmentKey(name), name);
    let leading: string | null = null;
    for (const match of normalized.slice(0, 20).matchAll(NAME_END)) {
      const prefix = normalized.slice(0, (match.index ?? 0) + match[0].length);
      const found = findDepartment(roster, prefix) ?? byKey.get(departmentKey(prefix)) ?? null;
      if (found !== null) leading = found;
    }
    if (leading !== null) return leading;
  }
  return best?.name ?? null;
}
