import { OfficeMockObject } from "office-addin-mock";
import { officeWorkbook, PRODUCT_SHEETS_KEY, SETTINGS_KEY } from "../../../src/workbook/office/officeWorkbook";
import { selectCell } from "../../../src/workbook/office/selectCell";
import { listSheets } from "../../../src/workbook/office/listSheets";
import { activeSheetName } from "../../../src/workbook/office/activeSheetName";
import { saveDocumentSetting } from "../../../src/workbook/office/saveDocumentSetting";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { AS_OF, sampleEvaluations } from "../../domain/ledger/evaluationFixtures";
import { EXISTING, fakeExcel } from "./fakeExcel";

/** Office document settings in memory; saveAsync succeeds or fails as told. */
function documentSettings(fail: string | null = null) {
  const store = new Map<string, unknown>();
  let saves = 0;
  const settings = {
    get: (key: string) => store.get(key),
    set: (key: string, value: unknown) => void store.set(key, value),
    saveAsync: (callback: (result: Office.AsyncResult<void>) => void) => {
      saves++;
      setTimeout(() => callback((fail ? { status: "failed", error: { message: fail } } : { status: "succeeded" }) as unknown as Office.AsyncResult<void>), 0);
    },
  };
  return { settings: settings as unknown as Office.Settings, store, saves: () => saves };
}

describe("selectCell, listSheets, activeSheetName (Office.js, office-addin-mock)", () => {
  function excel() {
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              name: "分工方案",
              range: {
                select() {
                  (this as Record<string, unknown>).selected = true;
                },
              },
              activate() {
                (this as Record<string, unknown>).activated = true;
              },
              getRange(address: string) {
                (this as Record<string, unknown>).address = address;
                return this.range;
              },
            },
            getItem(name: string) {
              (this as Record<string, unknown>).requested = name;
              return this.sheet;
            },
            getActiveWorksheet() {
              return this.sheet;
            },
          },
        },
      },
    }) as unknown as { context: { sync(): Promise<void> } };
    let syncs = 0;
    const sync = mock.context.sync.bind(mock.context);
    mock.context.sync = async () => {
      syncs++;
      await sync();
    };
    const sheets = (
      mock.context as unknown as { workbook: { worksheets: Record<string, unknown> & { sheet: Record<string, unknown> & { range: Record<string, unknown> } } } }
    ).workbook.worksheets;
    return { context: mock.context as unknown as Excel.RequestContext, sheets, syncs: () => syncs };
  }

  it("activates the sheet and selects the cell in one sync", async () => {
    const mock = excel();
    await selectCell(mock.context, "分工方案", "D7");
    expect(mock.sheets.requested).toBe("分工方案");
    expect(mock.sheets.sheet.activated).toBe(true);
    expect(mock.sheets.sheet.address).toBe("D7");
    expect(mock.sheets.sheet.range.selected).toBe(true);
    expect(mock.syncs()).toBe(1);
  });

  it("names the active sheet in one sync", async () => {
    const mock = excel();
    expect(await activeSheetName(mock.context)).toBe("分工方案");
    expect(mock.syncs()).toBe(1);
  });

  it("lists the visible sheets in one sync (counting fake: the mock cannot load collection items)", async () => {
    const excel = fakeExcel({
      "context.workbook.worksheets.items": [
        { name: "分工方案", visibility: "Visible" },
        { name: "_督查台账设置", visibility: "VeryHidden" },
        { name: "台账 2009-10", visibility: "Visible" },
      ],
    });
    expect(await listSheets(excel.context)).toEqual(["分工方案", "台账 2009-10"]);
    expect(excel.ops).toContainEqual({ kind: "call", path: "context.workbook.worksheets.load", args: ["items/name,items/visibility"] });
    expect(excel.syncs()).toBe(1);
  });
});

describe("document settings", () => {
  it("saves and resolves when Office saved", async () => {
    const doc = documentSettings();
    await saveDocumentSetting(doc.settings, SETTINGS_KEY, { laggingBadlyGap: 20 });
    expect(doc.store.get(SETTINGS_KEY)).toEqual({ laggingBadlyGap: 20 });
    expect(doc.saves()).toBe(1);
  });

  it("rejects with Office's message when saving fails, instead of swallowing it", async () => {
    const doc = documentSettings("The document is read-only.");
    await expect(saveDocumentSetting(doc.settings, SETTINGS_KEY, { dueSoonDays: 10 })).rejects.toThrow(/无法保存工作簿设置：The document is read-only\./);
  });
});

describe("officeWorkbook", () => {
  it("reads and writes the clerk's settings as one object saved with the workbook", async () => {
    const doc = documentSettings();
    const port = officeWorkbook(
      async () => {
        throw new Error("no Excel call expected");
      },
      () => doc.settings,
    );
    expect(await port.readSettings()).toEqual({});
    await port.writeSettings({ laggingBadlyGap: 25, ledgerSheetName: "督查台账 {period}" });
    expect(await port.readSettings()).toEqual({ laggingBadlyGap: 25, ledgerSheetName: "督查台账 {period}" });
  });

  it("writes a sheet in one Excel.run and records it as the product's, so regenerating it later does not ask", async () => {
    const doc = documentSettings();
    const excel = fakeExcel({ [`${EXISTING}.isNullObject`]: true });
    let runs = 0;
    const port = officeWorkbook(
      async (batch) => {
        runs++;
        return batch(excel.context);
      },
      () => doc.settings,
    );
    const { layout } = ledgerLayout(sampleEvaluations(), { asOf: AS_OF });
    await port.writeSheet(layout);
    expect(runs).toBe(1);
    expect(doc.store.get(PRODUCT_SHEETS_KEY)).toEqual(["台账 2009-10"]);
    await port.writeSheet(layout);
    expect(doc.store.get(PRODUCT_SHEETS_KEY)).toEqual(["台账 2009-10"]);
    expect(doc.saves()).toBe(1);
  });
});
