import { departmentKey } from "./departmentKey";

/**
 * Units a set of tasks writes in more than one way (市发改委 in one task, 市发展改革委 in another), by the built-in
 * short and long forms: each group lists the spellings in the order first met. Nothing is rewritten — without a
 * roster the document's spellings stand and the clerk is told; with a roster its full name is used everywhere.
 * @example spellingVariants([{ leads: ["市发改委"], supporting: [] }, { leads: ["市发展改革委"], supporting: [] }]) // [["市发改委", "市发展改革委"]]
 */
export function spellingVariants(tasks: ReadonlyArray<{ leads: readonly string[]; supporting: readonly string[] }>): string[][] {
  const byKey = new Map<string, string[]>();
  for (const task of tasks) {
    for (const name of [...task.leads, ...task.supporting]) {
      const key = departmentKey(name);
      const spellings = byKey.get(key) ?? [];
      if (!spellings.includes(name)) spellings.push(name);
      byKey.set(key, spellings);
    }
  }
  return [...byKey.values()].filter((spellings) => spellings.length > 1);
}
