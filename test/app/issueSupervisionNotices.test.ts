import { checkWorkbook } from "../../src/app/checkWorkbook";
import { computeProgress } from "../../src/app/computeProgress";
import { issueSupervisionNotices } from "../../src/app/issueSupervisionNotices";
import { AS_OF } from "../../example-generators/industrialYear2007";
import { departmentFile, industrialYearSheets } from "./industrialYear2007";
import { MemoryWorkbook } from "./memoryWorkbook";

async function evaluated(port: MemoryWorkbook) {
  const check = await checkWorkbook(port);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  const progress = await computeProgress(port, { check: check.value, asOf: AS_OF, files: [departmentFile()] });
  return { progress: { evaluations: progress.built.evaluations, expectedProgress: progress.expectedProgress, notReported: progress.notReported }, settings: progress.settings, problems: progress.problems };
}

const summary = (set: Awaited<ReturnType<typeof issueSupervisionNotices>>["set"]) => set.notices.map((notice) => [notice.number, notice.department, notice.taskIds.join("、"), notice.due]);

describe("issueSupervisionNotices (2007 sample, as of 2007-10-31)", () => {
  it("follows the statuses and 反馈时限 of the workbook's 设置 sheet, and the front's options over them", async () => {
    const port = new MemoryWorkbook([...industrialYearSheets(), { name: "设置", rows: [["设置项", "值"], ["督办状态", "严重滞后"], ["反馈时限（天）", 7]] }]);
    const { progress, settings } = await evaluated(port);
    expect(settings.noticeStatuses).toEqual(["lagging-badly"]);
    const issued = await issueSupervisionNotices(port, { progress, asOf: AS_OF, issued: "2007-11-05", settings, register: false });
    // Only 组织推动特色产业园区50个 (27.9%) lags badly; the answer is due 7 days after the issue date.
    expect(summary(issued.set)).toEqual([["〔2007〕第1号", "省发展改革委", "7", "2007-11-12"]]);
    expect(issued.register).toBeNull();
    expect(port.writes).toEqual([]);

    const overridden = await issueSupervisionNotices(port, { progress, asOf: AS_OF, issued: "2007-11-05", settings, options: { statuses: ["lagging", "lagging-badly", "overdue"], feedbackDays: 10 }, register: false });
    expect(summary(overridden.set)).toEqual([
      ["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-15"],
      ["〔2007〕第2号", "省发展改革委", "7", "2007-11-15"],
    ]);
  });

  it("registers the notices in the 督办登记 with their period, keeps what the clerk filled in, and numbers the next ones after them", async () => {
    const port = new MemoryWorkbook(industrialYearSheets());
    const { progress, settings } = await evaluated(port);
    expect(settings.noticeFeedbackDays).toBe(10);
    const first = await issueSupervisionNotices(port, { progress, asOf: AS_OF, issued: "2007-11-05", settings, register: true });
    expect(first.register?.map((entry) => [entry.number, entry.department, entry.tasks, entry.issued, entry.due, entry.answered, entry.closed, entry.asOf])).toEqual([
      ["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-05", "2007-11-15", "", "", AS_OF],
      ["〔2007〕第2号", "省发展改革委", "7", "2007-11-05", "2007-11-15", "", "", AS_OF],
    ]);
    expect([first.added, first.reused]).toEqual([["〔2007〕第1号", "〔2007〕第2号"], []]);
    // The clerk writes the answer date of the first notice and closes it.
    const register = port.sheets.find((grid) => grid.name === "督办登记");
    if (!register) throw new Error("no 督办登记");
    register.rows[1][5] = "2007-11-12";
    register.rows[1][6] = "2007-11-14";

    // The same period's notices made again: the same notices, numbered and dated as registered, no second row.
    const again = await issueSupervisionNotices(port, { progress, asOf: AS_OF, issued: "2007-11-20", settings, register: true });
    expect(summary(again.set)).toEqual([
      ["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-15"],
      ["〔2007〕第2号", "省发展改革委", "7", "2007-11-15"],
    ]);
    expect([again.added, again.reused]).toEqual([[], ["〔2007〕第1号", "〔2007〕第2号"]]);
    const blocks = again.set.notices[0].document.blocks;
    expect(blocks.find((block) => block.kind === "number")).toEqual({ kind: "number", text: "〔2007〕第1号" });
    expect(blocks.find((block) => block.kind === "signature")).toMatchObject({ date: "2007年11月5日" });
    const rows = () => port.sheets.find((grid) => grid.name === "督办登记")?.rows.map((row) => [row[0], row[2], row[5], row[6], row[7]]);
    expect(rows()).toEqual([
      ["督办编号", "督办任务", "反馈日期", "办结日期", "进展截至"],
      ["〔2007〕第1号", "2、5、10、14", "2007-11-12", "2007-11-14", AS_OF],
      ["〔2007〕第2号", "7", null, null, AS_OF],
    ]);

    // 省经委's task 14 no longer lags (its lagging tasks changed): a new notice, the earlier row stays; 省发展改革委's is the same.
    const changed = { ...progress, evaluations: progress.evaluations.map((evaluation) => (evaluation.task.id === "14" ? { ...evaluation, status: "on-schedule" as const } : evaluation)) };
    const third = await issueSupervisionNotices(port, { progress: changed, asOf: AS_OF, issued: "2007-11-20", settings, register: true });
    expect(summary(third.set)).toEqual([
      ["〔2007〕第3号", "省经委", "2、5、10", "2007-11-30"],
      ["〔2007〕第2号", "省发展改革委", "7", "2007-11-15"],
    ]);
    expect([third.added, third.reused]).toEqual([["〔2007〕第3号"], ["〔2007〕第2号"]]);
    expect(rows()?.slice(1)).toEqual([
      ["〔2007〕第1号", "2、5、10、14", "2007-11-12", "2007-11-14", AS_OF],
      ["〔2007〕第2号", "7", null, null, AS_OF],
      ["〔2007〕第3号", "2、5、10", null, null, AS_OF],
    ]);
  });

  it("reads a 督办登记 kept before the 进展截至 column existed and numbers after it", async () => {
    const old = { name: "督办登记", rows: [["督办编号", "督办单位", "督办任务", "督办日期", "反馈时限", "反馈日期", "办结日期"], ["〔2007〕第1号", "省经委", "2、5、10、14", "2007-11-05", "2007-11-15", "2007-11-12", null]] };
    const port = new MemoryWorkbook([...industrialYearSheets(), old]);
    const { progress, settings } = await evaluated(port);
    const issued = await issueSupervisionNotices(port, { progress, asOf: AS_OF, issued: "2007-11-20", settings, register: true });
    // Its period unknown, the earlier notice is not taken for this one: new numbers, the old row kept with its answer date.
    expect(issued.added).toEqual(["〔2007〕第2号", "〔2007〕第3号"]);
    expect(issued.register?.map((entry) => [entry.number, entry.answered, entry.asOf])).toEqual([
      ["〔2007〕第1号", "2007-11-12", ""],
      ["〔2007〕第2号", "", AS_OF],
      ["〔2007〕第3号", "", AS_OF],
    ]);
  });

  it("locates a bad 督办状态 or 反馈时限 at its cell of the 设置 sheet and keeps the defaults", async () => {
    const port = new MemoryWorkbook([...industrialYearSheets(), { name: "设置", rows: [["设置项", "值"], ["督办状态", "黄牌"], ["反馈时限（天）", 0]] }]);
    const { settings, problems } = await evaluated(port);
    expect(settings.noticeStatuses).toEqual(["lagging", "lagging-badly", "overdue"]);
    expect(settings.noticeFeedbackDays).toBe(10);
    expect(problems.filter((problem) => problem.code === "bad-setting").map((problem) => [problem.sheet, problem.cell])).toEqual([
      ["设置", "B2"],
      ["设置", "B3"],
    ]);
  });
});
