import { OfficeMockObject } from "office-addin-mock";
import { readSheet } from "../../../src/workbook/office/readSheet";

/** An Excel mock holding one sheet whose used range starts at B3, with merged title cells. */
function excelWith(values: unknown[][], numberFormat: unknown[][], mergedAddress: string | null) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            used: { values, numberFormat, rowIndex: 2, columnIndex: 1 },
            whole: {
              merged: { address: mergedAddress ?? "" },
              getMergedAreasOrNullObject() {
                return this.merged;
              },
            },
            getUsedRangeOrNullObject() {
              return this.used;
            },
            getRange() {
              return this.whole;
            },
          },
          getItem() {
            return this.sheet;
          },
        },
      },
    },
  }) as unknown as {
    context: { sync(): Promise<void>; workbook: { worksheets: { sheet: { used: { isNullObject: boolean }; whole: { merged: { isNullObject: boolean } } } } } };
  };
  // isNullObject is set by Office on sync without a load; the mock needs it as a plain property.
  mock.context.workbook.worksheets.sheet.used.isNullObject = false;
  mock.context.workbook.worksheets.sheet.whole.merged.isNullObject = mergedAddress === null;
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs++;
    await sync();
  };
  return { context: mock.context as unknown as Excel.RequestContext, syncs: () => syncs };
}

function taskRows(count: number): { values: unknown[][]; formats: unknown[][] } {
  const values: unknown[][] = [
    ["省政府重点工作任务分解表", "", ""],
    ["序号", "工作任务", "完成时限"],
  ];
  const formats: unknown[][] = [
    ["General", "General", "General"],
    ["General", "General", "General"],
  ];
  for (let i = 1; i <= count; i++) {
    values.push([i, `耕地保有量保持在553万公顷（第${i}项）`, 40908]);
    formats.push(["General", "@", "yyyy年m月d日"]);
  }
  return { values, formats };
}

describe("readSheet (Office.js)", () => {
  it("reads values, origin and merges with one sync", async () => {
    const { values, formats } = taskRows(2);
    const excel = excelWith(values, formats, "'分工方案'!$B$3:$D$3");
    const grid = await readSheet(excel.context, "分工方案");
    expect(excel.syncs()).toBe(1);
    expect(grid.name).toBe("分工方案");
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.rows[0]).toEqual(["省政府重点工作任务分解表", null, null]);
    expect(grid.rows[2][0]).toBe(1);
    expect(grid.rows[2][1]).toBe("耕地保有量保持在553万公顷（第1项）");
    // 40908 shown as a date is 2011-12-31.
    expect(grid.rows[2][2]).toEqual(new Date(Date.UTC(2011, 11, 31)));
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it("takes the same single sync for 10 and 1,000 rows", async () => {
    const small = taskRows(10);
    const large = taskRows(1000);
    const a = excelWith(small.values, small.formats, null);
    const b = excelWith(large.values, large.formats, null);
    expect((await readSheet(a.context, "分工方案")).rows).toHaveLength(12);
    expect((await readSheet(b.context, "分工方案")).rows).toHaveLength(1002);
    expect(a.syncs()).toBe(1);
    expect(b.syncs()).toBe(1);
  });

  it("gives an empty grid for an empty sheet", async () => {
    const excel = excelWith([[""]], [["General"]], null);
    (excel.context as unknown as { workbook: { worksheets: { sheet: { used: { isNullObject: boolean } } } } }).workbook.worksheets.sheet.used.isNullObject =
      true;
    expect(await readSheet(excel.context, "Sheet2")).toEqual({ name: "Sheet2", rows: [], merges: [], origin: { row: 0, col: 0 } });
  });
});
