import type { LedgerSettings, TaskStatus } from "../evaluation";

/** What is known about a task at the as-of date, from which its status follows. */
export interface TaskStatusFacts {
  /** Reached (ratio ≥ 100%, cap held at the end, milestone reported done). */
  done: boolean;
  /** The as-of date is after the deadline. */
  pastDeadline: boolean;
  /** A usable report counts for the period (a figure for a quantitative task, a text for a milestone). */
  reported: boolean;
  /** A report counts for the period but holds no usable figure for the (quantitative) target: 缺数字, not 未报送. */
  noFigure?: boolean;
  /** At or above the bar: expected progress, or for caps and growth the target itself. */
  onSchedule: boolean;
  /** Percentage points against the bar (negative when behind), null when unknown. */
  gapPoints: number | null;
  /**
   * For growth, level and cap targets: short of the target by more than the setting's share of it (lagging badly).
   * When given it decides 严重滞后 instead of gapPoints against laggingBadlyGap.
   */
  laggingBadly?: boolean;
  /** Days from the as-of date to the deadline (negative when past), null without a deadline. */
  daysToDeadline: number | null;
}

/**
 * The status of a task, in the precedence of docs/RULES.md#status: done, overdue, no report (no figure when a report
 * came without a usable figure), lagging badly
 * (more than `laggingBadlyGap` points behind), lagging, due soon (on schedule, not done, deadline within
 * `dueSoonDays` days), on schedule.
 * @example taskStatus({ done: false, pastDeadline: false, reported: true, onSchedule: false, gapPoints: -35, daysToDeadline: 60 }, DEFAULT_SETTINGS) // "lagging-badly"
 * Rule: docs/RULES.md, 状态 (statuses and their precedence).
 */
export function taskStatus(facts: TaskStatusFacts, settings: Pick<LedgerSettings, "laggingBadlyGap" | "dueSoonDays">): TaskStatus {
  if (facts.done) return "done";
  if (facts.pastDeadline) return "overdue";
  if (!facts.reported) return facts.noFigure === true ? "no-figure" : "no-report";
  if (!facts.onSchedule) {
    if (facts.laggingBadly !== undefined) return facts.laggingBadly ? "lagging-badly" : "lagging";
    return facts.gapPoints !== null && facts.gapPoints < -settings.laggingBadlyGap ? "lagging-badly" : "lagging";
  }
  if (facts.daysToDeadline !== null && facts.daysToDeadline >= 0 && facts.daysToDeadline <= settings.dueSoonDays) return "due-soon";
  return "on-schedule";
}
