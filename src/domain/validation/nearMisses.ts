import { departmentKey } from "../departments/departmentKey";
import { isDepartmentGroup } from "../departments/isDepartmentGroup";
import { isOneEditApart } from "../departments/isOneEditApart";
import type { Task } from "../task";

/** Names of this many characters or more may be one edit away from a misspelling (省林业厅 / 省农业厅 are both real). */
const MIN_NEAR_MISS_LENGTH = 5;
/** Governments of places one character apart are different places (白城市政府 / 白山市政府). */
const GOVERNMENT = /(?:政府|管委会|党委)$/;

/**
 * For a name used in the table, another spelling one edit away that is more common (or as common and written first),
 * when there is no roster sheet to check names against; null when none. Each name is looked at once.
 * @example nearMisses(tasks)("省发展改委") // "省发展改革委" (used in more rows)
 */
export function nearMisses(tasks: readonly Task[]): (name: string) => string | null {
  const usage = new Map<string, number>();
  const firstUse = new Map<string, number>();
  // Each of a task's names once, leads first (as unique([...leads, ...supporting]) lists them), with no list made per task.
  const use = (name: string, index: number): void => {
    usage.set(name, (usage.get(name) ?? 0) + 1);
    if (!firstUse.has(name)) firstUse.set(name, index);
  };
  tasks.forEach(({ leads, supporting }, index) => {
    for (let at = 0; at < leads.length; at++) if (leads.indexOf(leads[at]) === at) use(leads[at], index);
    for (let at = 0; at < supporting.length; at++) if (!leads.includes(supporting[at]) && supporting.indexOf(supporting[at]) === at) use(supporting[at], index);
  });
  const found = new Map<string, string | null>();
  const nearMiss = (name: string): string | null => {
    const key = departmentKey(name);
    if ([...key].length < MIN_NEAR_MISS_LENGTH || isDepartmentGroup(name) || GOVERNMENT.test(key)) return null;
    const own = usage.get(name) ?? 0;
    for (const [other, count] of usage) {
      if (other === name || [...other].length < MIN_NEAR_MISS_LENGTH || GOVERNMENT.test(other) || !isOneEditApart(key, departmentKey(other))) continue;
      // The rarer spelling is the suspect; of two equally common ones, the one written later.
      if (count > own || (count === own && (firstUse.get(other) ?? 0) < (firstUse.get(name) ?? 0))) return other;
    }
    return null;
  };
  return (name) => {
    let near = found.get(name);
    if (near === undefined) found.set(name, (near = nearMiss(name)));
    return near;
  };
}
