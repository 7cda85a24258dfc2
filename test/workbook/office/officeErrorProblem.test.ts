import { officeErrorProblem } from "../../../src/workbook/office/officeErrorProblem";
import { excelApiSupport } from "../../../src/workbook/office/excelApiSupport";

describe("officeErrorProblem: Excel's error codes as the clerk's messages", () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ["InvalidOperationInCellEditMode", "excel-invalid-operation-in-cell-edit-mode", /按 Enter 或 Esc 结束编辑后重试/, /Press Enter or Esc/],
    ["ItemNotFound", "excel-item-not-found", /改名或删除.*重新检查/, /renamed or deleted/],
    ["ItemAlreadyExists", "excel-item-already-exists", /同名工作表.*换一个表名/, /already has a sheet of that name/],
    ["ApiNotFound", "excel-api-not-found", /不支持.*独立网页版/, /standalone page/],
    ["RequestPayloadSizeLimitExceeded", "excel-request-payload-size-limit-exceeded", /上限.*5 MB/, /about 5 MB/],
    ["ResponsePayloadSizeLimitExceeded", "excel-response-payload-size-limit-exceeded", /上限.*5 MB/, /about 5 MB/],
    ["AccessDenied", "excel-access-denied", /受保护.*撤销/, /Unprotect/],
    ["GeneralException", "excel-general-exception", /原有工作表未被改动.*自检/, /self-test/i],
  ];
  test.each(cases)("%s → %s, saying what to do", (code, problemCode, zh, en) => {
    const problem = officeErrorProblem({ code, message: "The requested resource doesn't exist.", debugInfo: {} });
    expect(problem).toMatchObject({ code: problemCode, severity: "error" });
    expect(problem?.message).toMatch(zh);
    expect(problem?.messageEn).toMatch(en);
    // Excel's own text never reaches the clerk's message; it is kept for the administrator.
    expect(problem?.message).not.toContain("requested resource");
    expect(problem?.suggestion).toContain(code);
  });

  test("an unknown Excel code is a general failure; an error without an Excel code is not Excel's", () => {
    expect(officeErrorProblem({ code: "FilteredRangeConflict" })?.code).toBe("excel-general-exception");
    expect(officeErrorProblem({ code: "InvalidReference" })?.code).toBe("excel-item-not-found");
    expect(officeErrorProblem(new Error("boom"))).toBeNull();
    expect(officeErrorProblem({ code: "foreign-sheet" })).toBeNull();
  });
});

describe("excelApiSupport: the requirement sets checked at start-up", () => {
  const upTo = (highest: number) => (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= highest;
  test("Microsoft 365: everything, no notice", () => {
    expect(excelApiSupport(upTo(17))).toEqual({ usable: true, pageLayout: true, mergedAreas: true, problems: [] });
  });
  test("Excel 2019 (ExcelApi 1.8): usable, without page layout and merges, each said in Chinese with the standalone page", () => {
    const support = excelApiSupport(upTo(8));
    expect(support).toMatchObject({ usable: true, pageLayout: false, mergedAreas: false });
    expect(support.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/缺少 ExcelApi 1\.9：生成的台账不设打印版式.*standalone\.html/),
      expect.stringMatching(/缺少 ExcelApi 1\.13：读取工作表时不识别合并单元格.*standalone\.html/),
    ]);
  });
  test("Excel 2016 (ExcelApi 1.1..1.3): not usable, an error pointing to the standalone page", () => {
    const support = excelApiSupport(upTo(3));
    expect(support.usable).toBe(false);
    expect(support.problems).toEqual([expect.objectContaining({ code: "excel-too-old", severity: "error", message: expect.stringContaining("独立网页版 standalone.html") })]);
  });
});
