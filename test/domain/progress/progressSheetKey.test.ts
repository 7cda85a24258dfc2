import { progressSheetKey } from "../../../src/domain/progress/progressSheetKey";

describe("progressSheetKey", () => {
  const at = (sheet: string, file?: string) => ({ source: file === undefined ? { sheet, cell: "C4", row: 4 } : { file, sheet, cell: "C4", row: 4 } });

  it("keys a row by its file and sheet, the file empty for a sheet of the open workbook", () => {
    expect(progressSheetKey(at("Sheet1", "省经委.xlsx"))).toBe("省经委.xlsx|Sheet1");
    expect(progressSheetKey(at("Sheet1"))).toBe("|Sheet1");
    expect(progressSheetKey(at(""))).toBe("|");
    expect(progressSheetKey(at("", ""))).toBe("|");
  });

  it("gives each row its own sheet's key whatever the row before it came from", () => {
    const rows = [at("Sheet1", "a.xlsx"), at("Sheet1", "a.xlsx"), at("Sheet2", "a.xlsx"), at("Sheet1", "b.xlsx"), at("Sheet1"), at("Sheet1", "a.xlsx"), at("")];
    expect(rows.map(progressSheetKey)).toEqual(["a.xlsx|Sheet1", "a.xlsx|Sheet1", "a.xlsx|Sheet2", "b.xlsx|Sheet1", "|Sheet1", "a.xlsx|Sheet1", "|"]);
  });
});
