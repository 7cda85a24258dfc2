import { createIdIndex } from "../text/createIdIndex";
import type { Task } from "../task";

/**
 * Make a table's task ids unique in place: where numbering restarts under each heading (一、 1 2 3, 二、 1 2) the
 * ids carry their headings' numbers (一-2, 二-1); what still repeats (a merged 序号) gets -2, -3.
 * @example uniqueTaskIds(tasks) // ids "一-1", "一-2", "二-1" for 1, 2 under 一、 and 1 under 二、
 */
export function uniqueTaskIds(tasks: Task[]): void {
  // Ids all different as read: nothing repeats.
  const seen = createIdIndex();
  let restarts = false;
  for (let at = 0; at < tasks.length && !restarts; at++) {
    if (seen.get(tasks[at].id) !== undefined) restarts = true;
    else seen.set(tasks[at].id, at);
  }
  if (!restarts) return;
  for (const task of tasks) if ((task.section ?? []).length > 0) task.id = [...(task.section ?? []), task.id].join("-");
  const times = new Map<string, number>();
  for (const task of tasks) {
    const count = (times.get(task.id) ?? 0) + 1;
    times.set(task.id, count);
    if (count > 1) task.id = `${task.id}-${count}`;
  }
}

