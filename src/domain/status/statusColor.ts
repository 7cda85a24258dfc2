import type { TaskStatus } from "../evaluation";

/** The colour of a status: a fill with readable dark text, and a paler tint for the whole row. */
export interface StatusColor {
  name: "green" | "blue" | "yellow" | "red" | "grey";
  /** Fill of the status cell, "#RRGGBB". */
  fill: string;
  /** Font colour on that fill (contrast ≥ 4.5:1). */
  font: string;
  /** Tint of the whole ledger row for tasks that do not reach expected progress, else null. */
  rowTint: string | null;
}

/*
 * The fills are Excel's own 好/差/适中 cell styles (green C6EFCE on 006100, red FFC7CE on 9C0006,
 * yellow FFEB9C on 9C5700), which clerks know, plus a light blue (DDEBF7 on 1F4E79) and a grey
 * (D9D9D9 on 262626). All are light: printed in black and white they become pale greys under dark,
 * legible text, and the status word in the cell carries the meaning.
 */
const GREEN: StatusColor = { name: "green", fill: "#C6EFCE", font: "#006100", rowTint: null };
const BLUE: StatusColor = { name: "blue", fill: "#DDEBF7", font: "#1F4E79", rowTint: null };
const YELLOW: StatusColor = { name: "yellow", fill: "#FFEB9C", font: "#9C5700", rowTint: "#FFF8E1" };
const RED: StatusColor = { name: "red", fill: "#FFC7CE", font: "#9C0006", rowTint: "#FDECEE" };
const GREY: StatusColor = { name: "grey", fill: "#D9D9D9", font: "#262626", rowTint: "#F2F2F2" };

const COLORS: Record<TaskStatus, StatusColor> = {
  done: GREEN,
  overdue: RED,
  "no-report": GREY,
  "no-figure": GREY,
  "lagging-badly": RED,
  lagging: YELLOW,
  "due-soon": BLUE,
  "on-schedule": GREEN,
};

/**
 * The colour of a status (docs/RULES.md#colour): done and on schedule green, due soon blue, lagging yellow,
 * lagging badly and overdue red, not reported grey.
 * | status | fill | text | row tint |
 * | done, on-schedule | #C6EFCE | #006100 | — |
 * | due-soon | #DDEBF7 | #1F4E79 | — |
 * | lagging | #FFEB9C | #9C5700 | #FFF8E1 |
 * | lagging-badly, overdue | #FFC7CE | #9C0006 | #FDECEE |
 * | no-report, no-figure | #D9D9D9 | #262626 | #F2F2F2 |
 * @example statusColor("lagging") // { name: "yellow", fill: "#FFEB9C", font: "#9C5700", rowTint: "#FFF8E1" }
 * Rule: docs/RULES.md, 颜色 (colours).
 */
export function statusColor(status: TaskStatus): StatusColor {
  return COLORS[status];
}
