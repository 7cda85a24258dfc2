import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/excelJsWorkbook";
import { portSelfTest } from "../../../src/workbook/selfTest/portSelfTest";
import { selfTestReportText } from "../../../src/workbook/selfTest/selfTestReport";

describe("portSelfTest: the standalone page's self-test over the ExcelJS port", () => {
  test("writes the scratch layout into a workbook of its own, reads texts and merges back, round-trips settings", async () => {
    const report = await portSelfTest(new ExcelJsWorkbook(new ExcelJS.Workbook(), "自检.xlsx"), { host: "ExcelJS", now: () => new Date("2026-12-04T12:00:00Z") });
    expect(Object.fromEntries(report.items.map((item) => [item.id, item.status]))).toEqual({
      "requirement-sets": "skipped",
      "write-sheet": "ok",
      "write-text": "ok",
      "merged-areas": "ok",
      "settings-save": "ok",
    });
    expect(selfTestReportText(report, "en")).toContain("· ExcelApi requirement sets (Excel only): not applicable");
  });
});
