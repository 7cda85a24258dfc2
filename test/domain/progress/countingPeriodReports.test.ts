import { countingPeriodReports } from "../../../src/domain/progress/countingPeriodReports";
import type { TaskReport, TaskReportRole } from "../../../src/domain/progress/taskReport";

/** A report of 省发展改革委's row, as buildProgress gives it to the choice of the counting report. */
function entry(role: TaskReportRole, period: TaskReport["period"], text: string): TaskReport {
  const row = { text, department: "省发展改革委", source: { sheet: "进展", cell: "E5", row: 5 } };
  return { match: { row, task: { id: "4" } as never, by: "id", score: 1 }, report: { department: row.department, text, source: { sheet: "进展", cell: "E5" } }, role, period };
}

describe("countingPeriodReports", () => {
  const current = entry("lead", "current", "1-10月完成投资241.4亿元");
  const lagged = entry("lead", "lagged", "1-9月完成投资210亿元");
  const supporting = entry("supporting", "current", "配合完成征地");
  const outsider = entry("outsider", "current", "完成投资300亿元");

  it("takes this period's reports when the lead (or an unnamed row) sent one", () => {
    expect(countingPeriodReports([current, lagged, supporting])).toEqual([current, supporting]);
    expect(countingPeriodReports([entry("unknown", "current", "完成投资"), lagged])[0].role).toBe("unknown");
  });

  it("falls back on the lead's lagged statistics (1-9月 in an October run) when this period has none of the lead's", () => {
    expect(countingPeriodReports([lagged, supporting])).toEqual([lagged]);
    // Only a supporting department this period and nothing lagged: this period's reports, for no-lead-report.
    expect(countingPeriodReports([supporting])).toEqual([supporting]);
    expect(countingPeriodReports([outsider, entry("supporting", "lagged", "1-9月配合")])).toEqual([]);
  });
});
