import type { Task } from "../task";
import { compareNormalizedTitles } from "../titles/compareNormalizedTitles";
import { normalizeTitle } from "../titles/normalizeTitle";
import { titlePairIndex } from "./titlePairIndex";
import { mostSharedTasks } from "./mostSharedTasks";
import { titleNumberIndex } from "./titleNumberIndex";
import { titlePairKeys } from "./titlePairKeys";

/** A task proposed for a progress row, with how alike their titles are (0..1). */
export interface TaskCandidate {
  task: Task;
  score: number;
}

/** Finds the tasks whose titles are most like a given title, without comparing it with every task. */
export interface TitleMatcher {
  /**
   * Tasks by decreasing similarity to `title` (ties in table order), at most `limit`, only scores > 0. Quick (the
   * default): tasks are counted over the title's rarest character pairs within a fixed budget, whatever the number of
   * tasks. Thorough: over every pair found in at most a tenth of the titles — for a title the quick look-up found
   * nothing close to, before it is listed for the clerk.
   */
  candidates(title: string, limit: number, thorough?: boolean): TaskCandidate[];
  /** The tasks whose normalised title is exactly `title`'s (score 1), in table order. */
  exact(title: string): Task[];
  /** Similarity of `title` to one task's title. */
  score(title: string, task: Task): number;
  /** Similarity of `title` to the title of the task at `taskIndex` in the table (no look-up of the task). */
  scoreAt(title: string, taskIndex: number): number;
}

/** How many tasks sharing the most character pairs with a title are scored exactly. */
const SHORTLIST = 40;
/** Pairs (and numbers) found in at most this many titles are always counted. */
const RARE = 50;
/** Beyond the rare pairs, the next rarest are counted while the tasks they name add up to at most this many. */
const BUDGET = 2000;
/** A run of digits: a figure or a batch number (第12345批, 798亿元) names few tasks. */
const DIGITS = /\d{2,}/g;

/**
 * Index the tasks' titles by their exact normalised text, by character pairs and by the numbers they contain, so
 * that a progress row is compared only with the tasks that share its rarest pairs, its numbers or its very title:
 * a look-up costs about the same with 500 tasks or 100,000. Scores are `titleSimilarity`'s.
 * @example createTitleMatcher(tasks).candidates("技术创新项目", 3)[0] // { task: { id: "5", … }, score: 0.92 }
 */
export function createTitleMatcher(tasks: readonly Task[]): TitleMatcher {
  const normalized = tasks.map((task) => normalizeTitle(task.title));
  /** Each task's place in the table, made when a task is first scored by itself (scoreAt needs none). */
  let positions: Map<Task, number> | undefined;
  // Tasks of one title, chained: the last by the title, each to the one before (-1 before the first).
  const lastOfTitle = new Map<string, number>();
  const previousOfTitle = new Int32Array(tasks.length).fill(-1);
  const tasksWith = titlePairIndex(normalized);
  const tasksWithNumber = titleNumberIndex(normalized, RARE);
  normalized.forEach((title, taskIndex) => {
    if (title === "") return;
    previousOfTitle[taskIndex] = lastOfTitle.get(title) ?? -1;
    lastOfTitle.set(title, taskIndex);
  });
  /** The tasks whose normalised title is `title`, in table order. */
  const sameTitle = (title: string): number[] => {
    const last = lastOfTitle.get(title) ?? -1;
    if (last < 0 || previousOfTitle[last] < 0) return last < 0 ? [] : [last];
    const found: number[] = [];
    for (let taskIndex = lastOfTitle.get(title) ?? -1; taskIndex >= 0; taskIndex = previousOfTitle[taskIndex]) found.push(taskIndex);
    return found.reverse();
  };
  const commonLimit = Math.max(RARE, Math.ceil(tasks.length / 10));
  /** Pairs shared with the title being looked up, per task (reset after each look-up), and room for the tasks it touches. */
  const shared = new Int32Array(tasks.length);
  const touched = new Int32Array(tasks.length);
  let lastTitle = "";
  let lastNormalized = "";
  const normalizeOnce = (title: string): string => {
    if (title !== lastTitle) {
      lastTitle = title;
      lastNormalized = normalizeTitle(title);
    }
    return lastNormalized;
  };
  const scoreAt = (title: string, taskIndex: number): number => {
    // A row that copies its task's title as the table writes it (most do): the same title, nothing to compare.
    if (title === tasks[taskIndex].title) return normalized[taskIndex] === "" ? 0 : 1;
    return compareNormalizedTitles(normalizeOnce(title), normalized[taskIndex]);
  };
  return {
    candidates(title: string, limit: number, thorough = false): TaskCandidate[] {
      const wanted = normalizeOnce(title);
      if (wanted === "") return [];
      const chosen = sharingMostPairs(wanted, { tasksWith, shared, touched, commonLimit }, limit, thorough);
      for (const taskIndex of sameTitle(wanted)) chosen.add(taskIndex);
      for (const number of new Set(wanted.match(DIGITS))) for (const taskIndex of tasksWithNumber(number)) chosen.add(taskIndex);
      const scored: { taskIndex: number; score: number }[] = [];
      for (const taskIndex of chosen) {
        const score = compareNormalizedTitles(wanted, normalized[taskIndex]);
        if (score > 0) scored.push({ taskIndex, score });
      }
      scored.sort((a, b) => b.score - a.score || a.taskIndex - b.taskIndex);
      return scored.slice(0, limit).map(({ taskIndex, score }) => ({ task: tasks[taskIndex], score }));
    },
    exact(title: string): Task[] {
      return sameTitle(normalizeOnce(title)).map((taskIndex) => tasks[taskIndex]);
    },
    score(title: string, task: Task): number {
      if (positions === undefined) {
        positions = new Map<Task, number>();
        for (let index = 0; index < tasks.length; index++) positions.set(tasks[index], index);
      }
      const at = positions.get(task);
      return at === undefined ? compareNormalizedTitles(normalizeOnce(title), normalizeTitle(task.title)) : scoreAt(title, at);
    },
    scoreAt,
  };
}

/**
 * The tasks sharing most of a normalised title's rarest character pairs — at least half as many as the best one,
 * at most max(SHORTLIST, limit) — to be scored exactly. `shared` is all zeros before and after.
 */
function sharingMostPairs(
  wanted: string,
  index: { tasksWith: (key: number) => Int32Array; shared: Int32Array; touched: Int32Array; commonLimit: number },
  limit: number,
  thorough: boolean,
): Set<number> {
  const { tasksWith, shared, touched, commonLimit } = index;
  const lists: Int32Array[] = [];
  const keys = titlePairKeys(wanted);
  for (let at = 0; at < keys.length; at++) {
    // A pair met before in the title (a title has a few dozen: looked for in place).
    if (keys.indexOf(keys[at]) < at) continue;
    const list = tasksWith(keys[at]);
    if (list.length > 0) lists.push(list);
  }
  // Pairs found in very many titles (工作, 推进) say little: the rarest pairs pick the tasks to compare.
  lists.sort((a, b) => a.length - b.length);
  let touchedCount = 0;
  let most = 0;
  let counted = 0;
  // Thorough: every pair in at most a tenth of the titles — or every pair, when the title has none that rare.
  const noneRare = lists.length > 0 && lists[0].length > commonLimit;
  for (const list of lists) {
    if (thorough ? !noneRare && list.length > commonLimit : counted > 0 && list.length > RARE && counted + list.length > BUDGET) break;
    counted += list.length;
    for (let at = 0; at < list.length; at++) {
      const taskIndex = list[at];
      if (shared[taskIndex] === 0) touched[touchedCount++] = taskIndex;
      shared[taskIndex]++;
      if (shared[taskIndex] > most) most = shared[taskIndex];
    }
  }
  // Only tasks sharing at least half as many pairs as the best one can be close; score the best of those exactly,
  // with the tasks of the same title and those sharing a rare number with it.
  const chosen = new Set<number>(mostSharedTasks(touched, shared, { floor: Math.ceil(most / 2), count: Math.max(SHORTLIST, limit), most }, touchedCount));
  for (let at = 0; at < touchedCount; at++) shared[touched[at]] = 0;
  return chosen;
}
