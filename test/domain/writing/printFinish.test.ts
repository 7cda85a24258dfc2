import { printFinish } from "../../../src/domain/writing/printFinish";
import type { SheetLayout } from "../../../src/domain/layout";

const layout: SheetLayout = {
  name: "台账 2007-10",
  values: [
    ["工业项目年重点工作推进台账（截至2007年10月31日）", null, null],
    ["序号", "工作任务", "状态"],
    ["10", "完成规模以上工业总产值5500亿元", "滞后"],
    ["1", "全省努力完成工业投资1700亿元", "序时推进"],
    ["合计", null, null],
  ],
  columnWidths: [6, 40, 10],
  merges: [],
  styles: [
    { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: { bold: true, fontSize: 16 } },
    { range: { top: 1, left: 0, bottom: 1, right: 2 }, style: { bold: true, border: true } },
    { range: { top: 4, left: 0, bottom: 4, right: 2 }, style: { bold: true } },
    { range: { top: 2, left: 2, bottom: 2, right: 2 }, style: { fill: "#FFEB9C", fontColor: "#9C5700" } },
  ],
  print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, footer: "第 &P 页 共 &N 页" },
};

/** The style a writer gives a cell: the runs merged in order, as writeSheetLayout does. */
function styleAt(finished: SheetLayout, row: number, col: number) {
  return finished.styles.filter(({ range }) => range.top <= row && row <= range.bottom && range.left <= col && col <= range.right).reduce((style, run) => ({ ...style, ...run.style }), {});
}

describe("printFinish", () => {
  it("names a font on every cell: 黑体 for the title, headers and 合计, 宋体 for the body", () => {
    const finished = printFinish(layout);
    for (let row = 0; row < layout.values.length; row++) for (let col = 0; col < 3; col++) expect(styleAt(finished, row, col)).toHaveProperty("fontName");
    expect(styleAt(finished, 0, 0)).toMatchObject({ fontName: "黑体", bold: true, fontSize: 16 });
    expect(styleAt(finished, 1, 1)).toMatchObject({ fontName: "黑体" });
    expect(styleAt(finished, 4, 0)).toMatchObject({ fontName: "黑体" });
    expect(styleAt(finished, 3, 1)).toMatchObject({ fontName: "宋体" });
  });

  it("makes lagging statuses bold (legible in black and white), keeps their fill, and leaves on-schedule ones plain", () => {
    const finished = printFinish(layout);
    expect(styleAt(finished, 2, 2)).toMatchObject({ bold: true, fill: "#FFEB9C" });
    expect(styleAt(finished, 3, 2)).not.toHaveProperty("bold");
  });

  it("prints 制表单位、制表日期 and 审核 beside the sheet's own page numbers", () => {
    const print = printFinish(layout).print;
    expect(print?.footer).toBe("第 &P 页 共 &N 页");
    expect(print?.footerLeft).toMatch(/^制表单位：.*制表日期：/);
    expect(print?.footerRight).toMatch(/^审核：/);
    expect(printFinish(layout, "en").print?.footerRight).toMatch(/^Checked by:/);
  });
});
