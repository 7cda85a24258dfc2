import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import { workbookSettings } from "../../../src/domain/settings/workbookSettings";

describe("workbookSettings: defaults, then saved settings, then a visible 设置 sheet, then a settings file", () => {
  test("nothing saved gives the defaults of docs/RULES.md and no settings sheet", () => {
    expect(workbookSettings({}, null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], settingsSheet: null });
  });

  test("each later source wins, whether it names a setting by key or by its Chinese label", () => {
    const sheet = { name: "设置", rows: [["设置项", "值"], ["严重滞后差距（百分点）", 10], ["临期天数", "７"]] };
    const result = workbookSettings({ laggingBadlyGap: 20, dueSoonDays: 10, growthTolerance: 1 }, sheet, { overrides: { dueSoonDays: 5 } });
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, laggingBadlyGap: 10, dueSoonDays: 5, growthTolerance: 1 });
    expect(result.settingsSheet).toBe("设置");
    expect(result.problems).toEqual([]);
  });

  test("a bad value names where it stands: the sheet, or the settings file", () => {
    const sheet = { name: "参数设置", rows: [["临期天数", 400]] };
    const result = workbookSettings({}, sheet, { overrides: { titleMatchThreshold: 2 }, overridesFile: "settings.json" });
    expect(result.settings.dueSoonDays).toBe(15);
    expect(result.settings.titleMatchThreshold).toBe(0.8);
    expect(result.problems.map((problem) => [problem.code, problem.sheet, problem.file])).toEqual([
      ["bad-setting", "参数设置", undefined],
      ["bad-setting", undefined, "settings.json"],
    ]);
    expect(result.problems[0].message).toContain("临期天数");
    expect(result.problems[0].cell).toBe("B1");
  });

  test("the 督办状态 and 反馈时限 are settings of the sheet too; a bad one is a problem at its value's cell", () => {
    const sheet = { name: "设置", rows: [["设置项", "值"], ["督办状态", "严重滞后、逾期、临期"], ["反馈时限（天）", 7]] };
    const result = workbookSettings({ noticeFeedbackDays: 15 }, sheet);
    expect(result.settings.noticeStatuses).toEqual(["lagging-badly", "overdue", "due-soon"]);
    expect(result.settings.noticeFeedbackDays).toBe(7);
    expect(result.problems).toEqual([]);

    const bad = workbookSettings({}, { name: "设置", rows: [["设置项", "值"], ["临期天数", 10], ["督办状态", "滞后、落后"], ["反馈时限", "0"]] });
    expect(bad.settings.noticeStatuses).toEqual(DEFAULT_SETTINGS.noticeStatuses);
    expect(bad.settings.noticeFeedbackDays).toBe(10);
    expect(bad.problems.map((problem) => [problem.code, problem.sheet, problem.cell])).toEqual([
      ["bad-setting", "设置", "B3"],
      ["bad-setting", "设置", "B4"],
    ]);
    expect(bad.problems[0].message).toBe("设置项“督办状态”的值“滞后、落后”无效，应为滞后、严重滞后、逾期、临期中的一个或几个（用顿号分隔）；已使用默认值“滞后、严重滞后、逾期”。请在设置中改正这一项，否则一直按默认值计算。");
    expect(bad.problems[1].message).toContain("反馈时限（天）");
  });
});
