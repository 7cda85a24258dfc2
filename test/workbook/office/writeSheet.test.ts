import { writeSheet } from "../../../src/workbook/office/writeSheet";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import type { SheetLayout } from "../../../src/domain/layout";
import type { TaskStatus } from "../../../src/domain/evaluation";
import { AS_OF, evaluation, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";
import { EXISTING, NEW_SHEET, fakeExcel, type ExcelOp } from "./fakeExcel";

const INJECTIONS = ['=HYPERLINK("http://x","点击")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"];

function tasks(count: number, statusOf: (index: number) => TaskStatus = () => "lagging") {
  return Array.from({ length: count }, (_, i) =>
    evaluation({
      id: String(i + 1),
      title: `城镇保障性安居工程建设（第${i + 1}项）`,
      report: INJECTIONS[i % INJECTIONS.length],
      ratio: 0.5,
      status: statusOf(i),
    }),
  );
}

function ledgerOf(count: number, statusOf?: (index: number) => TaskStatus): SheetLayout {
  return ledgerLayout(tasks(count, statusOf), { asOf: AS_OF }).layout;
}

/** Formatting operations: everything done to the new sheet except the value and number-format matrices. */
function formattingOps(ops: ExcelOp[]): ExcelOp[] {
  return ops.filter((op) => op.path.startsWith(NEW_SHEET) && !/\.(values|numberFormat)$/.test(op.path) && !op.path.endsWith(".load"));
}

async function write(layout: SheetLayout, answers: Record<string, unknown> = { [`${EXISTING}.isNullObject`]: true }, options = {}) {
  const excel = fakeExcel(answers);
  await writeSheet(excel.context, layout, options);
  return excel;
}

describe("writeSheet (Office.js)", () => {
  it("uses the same number of syncs for 10 and 1,000 tasks", async () => {
    const small = await write(ledgerOf(10));
    const large = await write(ledgerOf(1000));
    expect(small.syncs()).toBe(2);
    expect(large.syncs()).toBe(small.syncs());
  });

  it("formats by style runs: operations do not grow with the number of tasks, only with runs of statuses", async () => {
    const small = formattingOps((await write(ledgerOf(10))).ops).length;
    const large = formattingOps((await write(ledgerOf(1000))).ops).length;
    expect(large).toBe(small);
    const statuses: TaskStatus[] = ["lagging", "on-schedule"];
    const alternating = formattingOps((await write(ledgerOf(1000, (i) => statuses[Math.floor(i / 100) % 2]))).ops).length;
    const tenRuns = alternating - small;
    expect(tenRuns).toBeGreaterThan(0);
    const twentyRuns = formattingOps((await write(ledgerOf(1000, (i) => statuses[Math.floor(i / 50) % 2]))).ops).length - small;
    expect(twentyRuns).toBeGreaterThan(tenRuns * 1.8);
    expect(twentyRuns).toBeLessThan(tenRuns * 2.5);
  });

  it("writes values as one 2-D array over the whole range, after setting text cells to '@' so formulas stay text", async () => {
    const layout = ledgerOf(10);
    const { ops } = await write(layout);
    const formats = ops.filter((op) => op.path === `${NEW_SHEET}.getRangeByIndexes().numberFormat`);
    const values = ops.filter((op) => op.path === `${NEW_SHEET}.getRangeByIndexes().values`);
    expect(formats).toHaveLength(1);
    expect(values).toHaveLength(1);
    expect(ops.indexOf(formats[0])).toBeLessThan(ops.indexOf(values[0]));
    const matrix = values[0].value as unknown[][];
    const formatMatrix = formats[0].value as string[][];
    expect(matrix).toHaveLength(layout.values.length);
    expect(matrix[2][7]).toBe(INJECTIONS[0]);
    INJECTIONS.forEach((text, i) => {
      expect(matrix[2 + i][7]).toBe(text);
      expect(formatMatrix[2 + i][7]).toBe("@");
    });
    expect(formatMatrix[2][9]).toBe("0.0%");
    expect(matrix[2][9]).toBe(0.5);
    expect(formatMatrix[2][0]).toBe("@");
    // Empty cells are written as "" (null would leave Excel's old content).
    expect(matrix[2][5]).toBe("");
  });

  it("freezes the header, applies the autofilter, hides the check code and sets up printing", async () => {
    const { ops } = await write(ledgerOf(10));
    const call = (path: string) => ops.filter((op) => op.kind === "call" && op.path === `${NEW_SHEET}.${path}`);
    const set = (path: string) => ops.filter((op) => op.kind === "set" && op.path === `${NEW_SHEET}.${path}`).map((op) => op.value);
    expect(call("freezePanes.freezeRows")[0].args).toEqual([2]);
    expect(call("autoFilter.apply")).toHaveLength(1);
    expect(call("getRangeByIndexes").map((op) => op.args)).toContainEqual([1, 0, 11, 15]);
    expect(set("getRangeByIndexes().getEntireColumn().columnHidden")).toEqual([true]);
    expect(set("pageLayout.orientation")).toEqual(["Landscape"]);
    expect(set("pageLayout.paperSize")).toEqual(["A4"]);
    expect(set("pageLayout.zoom")).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(call("pageLayout.setPrintTitleRows")[0].args).toEqual(["$1:$2"]);
    expect(set("pageLayout.headersFooters.defaultForAllPages.centerFooter")).toEqual(["第 &P 页 共 &N 页"]);
    expect(call("getRangeByIndexes().format.autofitRows")).toHaveLength(1);
    expect(call("getRangeByIndexes().merge").length).toBe(ledgerOf(10).merges.length);
    expect(set("getRangeByIndexes().format.fill.color")).toContain("#FFEB9C");
  });

  it("chunks values by rows when the payload would pass the request limit, with one sync per extra chunk", async () => {
    const layout = ledgerOf(1000);
    const excel = await write(layout, { [`${EXISTING}.isNullObject`]: true }, { maxPayloadBytes: 100_000 });
    const chunks = excel.ops.filter((op) => op.path === `${NEW_SHEET}.getRangeByIndexes().values`);
    expect(chunks.length).toBeGreaterThan(3);
    expect(excel.syncs()).toBe(1 + chunks.length);
    const rows = chunks.reduce((sum, op) => sum + (op.value as unknown[][]).length, 0);
    expect(rows).toBe(layout.values.length);
    for (const op of chunks) expect(JSON.stringify(op.value).length * 2).toBeLessThan(100_000);
  });

  it("replaces a ledger the product wrote, keeping its tab position", async () => {
    const old = ledgerOf(3);
    const excel = await write(ledgerOf(5), {
      [`${EXISTING}.isNullObject`]: false,
      [`${EXISTING}.position`]: 3,
      [`${EXISTING}.getRangeByIndexes().values`]: old.values.map((row) => row.map((value) => value ?? "")),
    });
    expect(excel.ops.some((op) => op.kind === "call" && op.path === `${EXISTING}.delete`)).toBe(true);
    expect(excel.ops.filter((op) => op.kind === "set" && op.path === `${NEW_SHEET}.name`).map((op) => op.value)).toEqual(["台账 2009-10"]);
    expect(excel.ops.filter((op) => op.kind === "set" && op.path === `${NEW_SHEET}.position`).map((op) => op.value)).toEqual([3]);
    expect(excel.syncs()).toBe(3);
  });

  it("replaces a sheet listed as the product's without probing it", async () => {
    const excel = await write(ledgerOf(5), { [`${EXISTING}.isNullObject`]: false, [`${EXISTING}.position`]: 0 }, { productSheets: ["台账 2009-10"] });
    expect(excel.syncs()).toBe(2);
    expect(excel.ops.some((op) => op.path === `${EXISTING}.delete`)).toBe(true);
  });

  it("refuses to overwrite a sheet the product did not write (a task table under the same name)", async () => {
    const answers = {
      [`${EXISTING}.isNullObject`]: false,
      [`${EXISTING}.position`]: 0,
      [`${EXISTING}.getRangeByIndexes().values`]: [
        ["序号", "工作任务", "牵头单位"],
        ["1", "耕地保有量保持在553万公顷", "省国土资源厅"],
      ],
    };
    const excel = fakeExcel(answers);
    await expect(writeSheet(excel.context, ledgerOf(5))).rejects.toMatchObject({ code: "foreign-sheet", message: expect.stringContaining("不是本产品生成") });
    expect(excel.ops.some((op) => op.path === `${EXISTING}.delete`)).toBe(false);
    expect(excel.ops.some((op) => op.path.startsWith(NEW_SHEET))).toBe(false);
    const confirmed = await write(ledgerOf(5), answers, { overwrite: true });
    expect(confirmed.ops.some((op) => op.path === `${EXISTING}.delete`)).toBe(true);
  });

  it("writes the sample ledger's status cells with their fills and fonts", async () => {
    const { ops } = await write(ledgerLayout(sampleEvaluations(), { asOf: AS_OF }).layout);
    const fills = ops.filter((op) => op.path === `${NEW_SHEET}.getRangeByIndexes().format.fill.color`).map((op) => op.value);
    expect(fills).toEqual(expect.arrayContaining(["#C6EFCE", "#FFEB9C", "#DDEBF7", "#D9D9D9", "#FFC7CE", "#FDECEE", "#FFF8E1"]));
    const borders = ops.filter((op) => op.kind === "call" && op.path === `${NEW_SHEET}.getRangeByIndexes().format.borders.getItem`).map((op) => op.args?.[0]);
    expect(borders).toEqual(expect.arrayContaining(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"]));
  });
});
