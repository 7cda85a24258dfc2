import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import { parseSettings } from "../../../src/domain/settings/parseSettings";

describe("parseSettings", () => {
  it("gives the defaults of docs/RULES.md for nothing saved and for missing keys", () => {
    expect(parseSettings(undefined)).toEqual({ ok: true, value: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings({})).toEqual({ ok: true, value: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({ laggingBadlyGap: 30, dueSoonDays: 15, growthTolerance: 0.5, titleMatchThreshold: 0.8 });
  });

  it("reads numbers and text, English keys and Chinese labels", () => {
    const result = parseSettings({
      laggingBadlyGap: "20",
      临期天数: "１０",
      "增速容差（百分点）": 1,
      titleMatchThreshold: 0.9,
      序时进度算法: "按日",
      ledgerSheetName: "执行台账 {period}",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_SETTINGS,
        laggingBadlyGap: 20,
        dueSoonDays: 10,
        growthTolerance: 1,
        titleMatchThreshold: 0.9,
        expectedProgressMethod: "days",
        ledgerSheetName: "执行台账 {period}",
      },
      problems: [],
    });
  });

  it("reads the settings of target semantics and lagged statistics, with their Chinese labels and values", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ rateLaggingBadlyShare: 0.5, dataLagMonths: 1, levelReachedShown: "ratio" });
    expect(parseSettings({ 数据滞后月数: "2", 增速等严重滞后比例: "0.3", 达到目标后完成率显示: "封顶100%" })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, dataLagMonths: 2, rateLaggingBadlyShare: 0.3, levelReachedShown: "capped" },
      problems: [],
    });
    expect(parseSettings({ levelReachedShown: "实际比例" })).toMatchObject({ ok: true, value: { levelReachedShown: "ratio" } });
  });

  it.each([
    ["dataLagMonths", 1.5],
    ["dataLagMonths", 13],
    ["rateLaggingBadlyShare", 2],
    ["levelReachedShown", "四舍五入"],
    ["laggingBadlyGap", 101],
    ["laggingBadlyGap", -1],
    ["dueSoonDays", 367],
    ["dueSoonDays", 7.5],
    ["growthTolerance", 11],
    ["titleMatchThreshold", 0.4],
    ["titleMatchThreshold", "很高"],
    ["expectedProgressMethod", "weeks"],
    ["summarySheetName", "通报/汇总 {period}"],
    ["ledgerSheetName", "一个非常非常非常非常非常非常非常长的台账工作表名称 {period}"],
  ])("keeps the default for %s = %p and names the key", (key, value) => {
    const result = parseSettings({ [key]: value });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(DEFAULT_SETTINGS);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: "bad-setting", severity: "warning" });
    expect(result.problems[0].messageEn).toContain(key);
  });

  it("accepts the ends of each range", () => {
    const result = parseSettings({ laggingBadlyGap: 0, dueSoonDays: 366, growthTolerance: 10, titleMatchThreshold: 0.5 });
    expect(result).toMatchObject({ ok: true, problems: [], value: { laggingBadlyGap: 0, dueSoonDays: 366, growthTolerance: 10, titleMatchThreshold: 0.5 } });
  });

  it("ignores an unknown key with a warning", () => {
    const result = parseSettings({ colour: "red", dueSoonDays: 7 });
    expect(result).toMatchObject({ ok: true, value: { ...DEFAULT_SETTINGS, dueSoonDays: 7 } });
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([["unknown-setting", "warning"]]);
    expect(result.problems[0].message).toContain("colour");
  });

  it("fails for something that is no record", () => {
    expect(parseSettings([1, 2])).toMatchObject({ ok: false, problems: [{ code: "bad-setting", severity: "error" }] });
    expect(parseSettings("30")).toMatchObject({ ok: false });
  });
});

describe("parseSettings on top of earlier settings", () => {
  test("missing keys keep the base, and a bad value keeps the base's value and says so", () => {
    const base = { ...DEFAULT_SETTINGS, laggingBadlyGap: 20 };
    const parsed = parseSettings({ dueSoonDays: 7, laggingBadlyGap: "abc" }, base);
    expect(parsed.ok && parsed.value).toEqual({ ...DEFAULT_SETTINGS, laggingBadlyGap: 20, dueSoonDays: 7 });
    expect(parsed.problems[0].message).toContain("已使用原值“20”");
  });
});
