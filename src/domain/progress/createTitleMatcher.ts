import type { Task } from "../task";
import { compareNormalizedTitles } from "./compareNormalizedTitles";
import { normalizeTitle } from "./normalizeTitle";

/** A task proposed for a progress row, with how alike their titles are (0..1). */
export interface TaskCandidate {
  task: Task;
  score: number;
}

/** Finds the tasks whose titles are most like a given title, without comparing it with every task. */
export interface TitleMatcher {
  /** Tasks by decreasing similarity to `title` (ties in table order), at most `limit`, only scores > 0. */
  candidates(title: string, limit: number): TaskCandidate[];
  /** The tasks whose normalised title is exactly `title`'s (score 1), in table order. */
  exact(title: string): Task[];
  /** Similarity of `title` to one task's title. */
  score(title: string, task: Task): number;
}

/** How many tasks sharing the most character pairs with a title are scored exactly. */
const SHORTLIST = 40;
/** Pairs found in at most this many titles are always counted. */
const RARE = 50;
/** Beyond the rare pairs, the next rarest are counted while the tasks they name add up to at most this many. */
const BUDGET = 2000;

/**
 * Index the tasks' titles by their exact normalised text and by character pairs, so that a progress row is compared
 * only with the tasks that share its rarest pairs: a look-up costs about the same with 500 tasks or 100,000
 * (docs/RULES.md, matching progress rows). Scores are `titleSimilarity`'s.
 * @example createTitleMatcher(tasks).candidates("技术创新项目", 3)[0] // { task: { id: "5", … }, score: 0.92 }
 */
export function createTitleMatcher(tasks: readonly Task[]): TitleMatcher {
  const normalized = tasks.map((task) => normalizeTitle(task.title));
  const positions = new Map<Task, number>();
  tasks.forEach((task, index) => positions.set(task, index));
  const byTitle = new Map<string, number[]>();
  const index = new Map<string, number[]>();
  normalized.forEach((title, taskIndex) => {
    if (title !== "") append(byTitle, title, taskIndex);
    for (const key of new Set(keysOf(title))) append(index, key, taskIndex);
  });
  /** Pairs shared with the title being looked up, per task (reset after each look-up). */
  const shared = new Int32Array(tasks.length);
  return {
    candidates(title: string, limit: number): TaskCandidate[] {
      const wanted = normalizeTitle(title);
      if (wanted === "") return [];
      const lists = [...new Set(keysOf(wanted))].map((key) => index.get(key) ?? []).filter((list) => list.length > 0);
      // Pairs found in very many titles (工作, 推进) say little: the rarest pairs pick the tasks to compare.
      lists.sort((a, b) => a.length - b.length);
      const touched: number[] = [];
      let most = 0;
      let counted = 0;
      for (const list of lists) {
        if (counted > 0 && list.length > RARE && counted + list.length > BUDGET) break;
        counted += list.length;
        for (const taskIndex of list) {
          if (shared[taskIndex] === 0) touched.push(taskIndex);
          shared[taskIndex]++;
          if (shared[taskIndex] > most) most = shared[taskIndex];
        }
      }
      // Only tasks sharing at least half as many pairs as the best one can be close; score the best of those exactly.
      const floor = Math.ceil(most / 2);
      const close = touched.filter((taskIndex) => shared[taskIndex] >= floor).map((taskIndex) => ({ taskIndex, count: shared[taskIndex] }));
      for (const taskIndex of touched) shared[taskIndex] = 0;
      for (const taskIndex of byTitle.get(wanted) ?? []) close.push({ taskIndex, count: Number.MAX_SAFE_INTEGER });
      const seen = new Set<number>();
      const shortlist = close
        .sort((a, b) => b.count - a.count || a.taskIndex - b.taskIndex)
        .filter(({ taskIndex }) => !seen.has(taskIndex) && seen.add(taskIndex) !== undefined)
        .slice(0, Math.max(SHORTLIST, limit))
        .map(({ taskIndex }) => ({ taskIndex, score: compareNormalizedTitles(wanted, normalized[taskIndex]) }))
        .filter((candidate) => candidate.score > 0)
        .sort((a, b) => b.score - a.score || a.taskIndex - b.taskIndex);
      return shortlist.slice(0, limit).map(({ taskIndex, score }) => ({ task: tasks[taskIndex], score }));
    },
    exact(title: string): Task[] {
      return (byTitle.get(normalizeTitle(title)) ?? []).map((taskIndex) => tasks[taskIndex]);
    },
    score(title: string, task: Task): number {
      const at = positions.get(task);
      return compareNormalizedTitles(normalizeTitle(title), at === undefined ? normalizeTitle(task.title) : normalized[at]);
    },
  };
}

function append(map: Map<string, number[]>, key: string, taskIndex: number): void {
  const list = map.get(key);
  if (list) list.push(taskIndex);
  else map.set(key, [taskIndex]);
}

/** Character pairs of a title; a one-character title is its own key. */
function keysOf(title: string): string[] {
  const chars = Array.from(title);
  if (chars.length === 1) return chars;
  const keys: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) keys.push(chars[i] + chars[i + 1]);
  return keys;
}
