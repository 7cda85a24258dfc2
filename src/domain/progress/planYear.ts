import type { Task } from "../task";

/**
 * The year a task table plans for: the year most of its deadlines (完成时限) fall in, the earliest on a tie;
 * null when no task has a deadline. The default as-of date and the period warnings are read against it.
 * @example planYear(industrialYearTasks) // 2007 (17 tasks due 2007-12-31)
 */
export function planYear(tasks: readonly Pick<Task, "deadline">[]): number | null {
  const counts = new Map<number, number>();
  for (const task of tasks) {
    const year = task.deadline !== null ? Number(task.deadline.slice(0, 4)) : NaN;
    if (Number.isInteger(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && year < best)) best = year;
  }
  return best;
}
