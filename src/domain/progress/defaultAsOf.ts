/** The as-of date offered before the clerk chooses one, and where it came from. */
export interface DefaultAsOf {
  /** ISO date (yyyy-mm-dd). */
  asOf: string;
  /** "reports": the latest period the reports name in the plan's year; "plan-year": the plan's year end (or the last month end when that is this year); "today": neither is known. */
  from: "reports" | "plan-year" | "today";
}

function monthEndBefore(today: string): string {
  const [year, month] = today.split("-").map(Number);
  const end = new Date(Date.UTC(year, month - 1, 0));
  return end.toISOString().slice(0, 10);
}

/**
 * The as-of date step 2 offers: the latest period named in the reports (1-10月, 截至2007年10月31日, read per row
 * by readProgressSheet) within the task table's plan year; else the plan year's end (the end of last month when
 * the plan is this year's); else the end of last month. Never today's date for last year's plan: reopening the
 * 2007 sample in 2026 offers 2007-10-31, not a date after every deadline.
 * @example defaultAsOf({ planYear: 2007, periodEnds: ["2007-10-31", "2007-09-30"], today: "2026-12-04" }) // { asOf: "2007-10-31", from: "reports" }
 * @example defaultAsOf({ planYear: 2007, periodEnds: [], today: "2026-12-04" }) // { asOf: "2007-12-31", from: "plan-year" }
 */
export function defaultAsOf(input: { planYear: number | null; periodEnds: readonly string[]; today: string }): DefaultAsOf {
  const { planYear, today } = input;
  const inYear = input.periodEnds.filter((end) => /^\d{4}-\d{2}-\d{2}$/.test(end) && (planYear === null || Number(end.slice(0, 4)) === planYear));
  if (inYear.length > 0) return { asOf: [...inYear].sort().at(-1) as string, from: "reports" };
  const lastMonthEnd = monthEndBefore(today);
  if (planYear === null) return { asOf: lastMonthEnd, from: "today" };
  if (Number(lastMonthEnd.slice(0, 4)) === planYear) return { asOf: lastMonthEnd, from: "plan-year" };
  return { asOf: `${planYear}-12-31`, from: "plan-year" };
}
