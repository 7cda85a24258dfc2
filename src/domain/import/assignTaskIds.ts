/** What an id is made of: the task's bare printed number ("" when none) and its section's printed numbers. */
export interface TaskIdParts {
  number: string;
  section: string[];
}

/**
 * Ids for a document's tasks, in order (see docs/RULES.md, 任务编号). A printed number is the id (“3.” → "3",
 * “(一)” → "一"), so that a circular's 第3项 finds task 3. Where numbering restarts under each heading the ids
 * carry the section's numbers (二-3); a task without a number of its own is numbered within its section
 * (一-1, 一-2 … under （一）); leading section numbers shared by every task are left out. A number repeated in
 * the same place (a merged 序号 over two rows) becomes 5, 5-2.
 * @example assignTaskIds([{ number: "1", section: ["一"] }, { number: "2", section: ["一"] }]) // ["1", "2"]
 * @example assignTaskIds([{ number: "1", section: ["一"] }, { number: "1", section: ["二"] }]) // ["一-1", "二-1"]
 * @example assignTaskIds([{ number: "", section: ["二", "一"] }, { number: "", section: ["二", "一"] }]) // ["一-1", "一-2"]
 */
export function assignTaskIds(tasks: ReadonlyArray<TaskIdParts>): string[] {
  // Section numbers every task shares (二 when all tasks stand under 二、) say nothing: leave them out.
  let shared = 0;
  const first = tasks[0]?.section ?? [];
  while (shared < first.length && tasks.every((task) => task.section.length > shared && task.section[shared] === first[shared])) shared += 1;
  const printed = tasks.filter((task) => task.number !== "").map((task) => task.number);
  const restarts = new Set(printed).size < printed.length;
  const ordinals = new Map<string, number>();
  const ids = tasks.map((task) => {
    const section = task.section.slice(shared);
    if (task.number === "") {
      const key = section.join("-");
      const ordinal = (ordinals.get(key) ?? 0) + 1;
      ordinals.set(key, ordinal);
      return [...section, String(ordinal)].join("-");
    }
    return restarts ? [...section, task.number].join("-") : task.number;
  });
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}
