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
  });
});
