import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import { separateSheetNames } from "../../../src/domain/settings/separateSheetNames";
import { workbookSettings } from "../../../src/domain/settings/workbookSettings";

describe("separateSheetNames", () => {
  it("gives the summary its default name back when it would replace the ledger, and says so", () => {
    const { settings, problem } = separateSheetNames({ ...DEFAULT_SETTINGS, ledgerSheetName: "月报 {period}", summarySheetName: "月报 {period}" });
    expect(settings.ledgerSheetName).toBe("月报 {period}");
    expect(settings.summarySheetName).toBe(DEFAULT_SETTINGS.summarySheetName);
    expect(problem?.code).toBe("bad-setting");
    expect(problem?.message).not.toMatch(/\{|\}|ledgerSheetName|summarySheetName/);
  });

  it("compares names without case, as Excel does", () => {
    expect(separateSheetNames({ ...DEFAULT_SETTINGS, ledgerSheetName: "Ledger {period}", summarySheetName: "LEDGER {period}" }).problem).not.toBeNull();
  });

  it("puts both back when the ledger took the summary's default name", () => {
    const { settings } = separateSheetNames({ ...DEFAULT_SETTINGS, ledgerSheetName: DEFAULT_SETTINGS.summarySheetName });
    expect(settings.ledgerSheetName).toBe(DEFAULT_SETTINGS.ledgerSheetName);
    expect(settings.summarySheetName).toBe(DEFAULT_SETTINGS.summarySheetName);
  });

  it("is applied to the settings in force for a workbook", () => {
    const { settings, problems } = workbookSettings({ ledgerSheetName: "汇总 {period}", summarySheetName: "汇总 {period}" }, null);
    expect(settings.ledgerSheetName).not.toBe(settings.summarySheetName);
    expect(problems.map((problem) => problem.code)).toContain("bad-setting");
  });

  it("keeps names that differ", () => {
    expect(separateSheetNames(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });
});
