import { DEFAULT_SETTINGS, type LedgerSettings } from "../../../src/domain/evaluation";
import { parseSettings } from "../../../src/domain/settings/parseSettings";
import { settingsToRecord } from "../../../src/domain/settings/settingsToRecord";

describe("settingsToRecord", () => {
  it("saves every key in a stable order", () => {
    expect(Object.keys(settingsToRecord(DEFAULT_SETTINGS))).toEqual([
      "expectedProgressMethod",
      "laggingBadlyGap",
      "dueSoonDays",
      "growthTolerance",
      "rateLaggingBadlyShare",
      "dataLagMonths",
      "levelReachedShown",
      "titleMatchThreshold",
      "ledgerSheetName",
      "summarySheetName",
      "noticeStatuses",
      "noticeFeedbackDays",
    ]);
  });

  it("is read back unchanged, also through JSON", () => {
    const settings: LedgerSettings = { ...DEFAULT_SETTINGS, expectedProgressMethod: "days", laggingBadlyGap: 25, dueSoonDays: 7, dataLagMonths: 2, levelReachedShown: "capped", noticeStatuses: ["lagging-badly", "overdue", "due-soon"], noticeFeedbackDays: 7 };
    expect(parseSettings(JSON.parse(JSON.stringify(settingsToRecord(settings))))).toEqual({ ok: true, value: settings, problems: [] });
  });

  it("saves the 督办状态 as the clerk writes them", () => {
    expect(settingsToRecord({ ...DEFAULT_SETTINGS, noticeStatuses: ["lagging", "overdue", "due-soon"] }).noticeStatuses).toBe("滞后、逾期、临期");
    expect(settingsToRecord(DEFAULT_SETTINGS).noticeFeedbackDays).toBe(10);
  });
});
