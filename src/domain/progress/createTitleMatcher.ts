import type { Task } from "../task";
import { compareNormalizedTitles } from "../titles/compareNormalizedTitles";
import { normalizeTitle } from "../titles/normalizeTitle";

/** A task proposed for a progress row, with how alike their titles are (0..1). */
export interface TaskCandidate {
  task: Task;
  score: number;
}

/** Finds the tasks whose titles are most like a given title, without comparing it with every task. */
export interface TitleMatcher {
  /** Tasks by decreasing similarity to `title` (ties in table order), at most `limit`, only scores > 0. */
  candidates(title: string, limit: number): TaskCandidate[];
  /** Similarity of `title` to one task's title. */
  score(title: string, task: Task): number;
}

/** How many tasks sharing the most character pairs with a title are scored exactly. */
const SHORTLIST = 40;

/**
 * Index the tasks' titles by character pairs, so that a progress row is compared only with the tasks
 * that share pairs with it (5,000 tasks × 6,000 rows stays fast). Scores are `titleSimilarity`'s.
 * @example createTitleMatcher(tasks).candidates("技术创新项目", 3)[0] // { task: { id: "5", … }, score: 0.92 }
 */
export function createTitleMatcher(tasks: readonly Task[]): TitleMatcher {
  const normalized = tasks.map((task) => normalizeTitle(task.title));
  const positions = new Map<Task, number>();
  tasks.forEach((task, index) => positions.set(task, index));
  const index = new Map<string, number[]>();
  normalized.forEach((title, taskIndex) => {
    for (const key of new Set(keysOf(title))) {
      const list = index.get(key);
      if (list) list.push(taskIndex);
      else index.set(key, [taskIndex]);
    }
  });
  const commonLimit = Math.max(50, Math.ceil(tasks.length / 10));
  /** Pairs shared with the title being looked up, per task (reset after each look-up). */
  const shared = new Int32Array(tasks.length);
  return {
    candidates(title: string, limit: number): TaskCandidate[] {
      const wanted = normalizeTitle(title);
      if (wanted === "") return [];
      const lists = [...new Set(keysOf(wanted))].map((key) => index.get(key) ?? []).filter((list) => list.length > 0);
      // Pairs found in very many titles (工作, 推进) say little: count them only when the title has nothing rarer.
      const rare = lists.filter((list) => list.length <= commonLimit);
      const touched: number[] = [];
      let most = 0;
      for (const list of rare.length > 0 ? rare : lists) {
        for (const taskIndex of list) {
          if (shared[taskIndex] === 0) touched.push(taskIndex);
          shared[taskIndex]++;
          if (shared[taskIndex] > most) most = shared[taskIndex];
        }
      }
      // Only tasks sharing at least half as many pairs as the best one can be close; score the best of those exactly.
      const floor = Math.ceil(most / 2);
      const counted = touched.filter((taskIndex) => shared[taskIndex] >= floor).map((taskIndex) => ({ taskIndex, count: shared[taskIndex] }));
      for (const taskIndex of touched) shared[taskIndex] = 0;
      const shortlist = counted
        .sort((a, b) => b.count - a.count || a.taskIndex - b.taskIndex)
        .slice(0, Math.max(SHORTLIST, limit))
        .map(({ taskIndex }) => ({ taskIndex, score: compareNormalizedTitles(wanted, normalized[taskIndex]) }))
        .filter((candidate) => candidate.score > 0)
        .sort((a, b) => b.score - a.score || a.taskIndex - b.taskIndex);
      return shortlist.slice(0, limit).map(({ taskIndex, score }) => ({ task: tasks[taskIndex], score }));
    },
    score(title: string, task: Task): number {
      const at = positions.get(task);
      return compareNormalizedTitles(normalizeTitle(title), at === undefined ? normalizeTitle(task.title) : normalized[at]);
    },
  };
}

/** Character pairs of a title; a one-character title is its own key. */
function keysOf(title: string): string[] {
  const chars = Array.from(title);
  if (chars.length === 1) return chars;
  const keys: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) keys.push(chars[i] + chars[i + 1]);
  return keys;
}
