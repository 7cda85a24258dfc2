import { join } from "node:path";
import { openWorkbookFile } from "../../../src/workbook/exceljs/openWorkbookFile";
import { readAhead } from "../../../src/workbook/exceljs/readAhead";
import { temporaryFolders } from "../../temporaryFolders";

const temporaryFolder = temporaryFolders();

describe("readAhead", () => {
  it("gives openWorkbookFile the bytes read beforehand: the same workbook as reading it then", async () => {
    const path = join(__dirname, "../../../examples/工业项目年2007.xlsx");
    const ahead = await openWorkbookFile(path, readAhead(path));
    const then = await openWorkbookFile(path);
    if (!ahead.ok || !then.ok) throw new Error("not opened");
    expect(await ahead.value.listSheets()).toEqual(await then.value.listSheets());
    expect(await ahead.value.readAllSheets()).toEqual(await then.value.readAllSheets());
  });

  it("keeps a missing file's failure until it is awaited, then it is the clerk's unreadable-file problem", async () => {
    const missing = join(temporaryFolder("ahead-"), "没有.xlsx");
    const reading = readAhead(missing);
    // Nothing awaits it for a while: no unhandled rejection may end the process meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const opened = await openWorkbookFile(missing, reading);
    expect(opened.ok).toBe(false);
    expect(opened.problems.map((problem) => problem.code)).toEqual(["unreadable-file"]);
    expect(opened.problems[0].message).toContain("找不到文件");
  });
});
