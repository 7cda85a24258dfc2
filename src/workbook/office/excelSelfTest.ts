import type { SelfTestItem, SelfTestReport } from "../selfTest/selfTestReport";
import { SELF_TEST_TEXTS } from "../selfTest/selfTestLayout";
import { selfTestStep } from "../selfTest/selfTestStep";
import { officeCallDone } from "./officeCallDone";
import type { RunInContext } from "./officeWorkbook";

export interface ExcelSelfTestOptions {
  run: RunInContext;
  isSetSupported: (name: string, version: string) => boolean;
  settings: () => Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync"> & Partial<Pick<Office.Settings, "refreshAsync">>;
  /** Office.context.diagnostics, when known. */
  environment?: string;
  now?: () => Date;
}

/** ExcelApi versions reported, so the report says how far this Excel goes. */
const VERSIONS = ["1.1", "1.2", "1.4", "1.7", "1.8", "1.9", "1.12", "1.13", "1.14", "1.17", "1.20"];
const SETTING_KEY = "progressLedger.selfTest";
/** Text Excel would turn into a formula or number unless the cell is formatted as text first. */
const TRICKY: readonly string[] = SELF_TEST_TEXTS;

type Check = { id: string; zh: string; en: string; needs?: string; attempt: (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<string | void> };

/**
 * 设置 → 自检: tries every Excel API the add-in uses, on a scratch sheet it adds and removes again, and reports what
 * worked, what Excel refused (with its error code) and which requirement sets it lacks — so the first real Excel that
 * meets the add-in tells exactly what it supports. Never touches the clerk's sheets; the scratch sheet is removed even
 * when a check fails; each check runs in its own batch, so one refusal does not hide the others.
 * @example const report = await excelSelfTest({ run: (batch) => Excel.run({ delayForCellEdit: true }, batch), isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v), settings: () => Office.context.document.settings });
 */
export async function excelSelfTest(options: ExcelSelfTestOptions): Promise<SelfTestReport> {
  const items: SelfTestItem[] = [];
  const has = (version: string) => {
    try {
      return options.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  const highest = VERSIONS.filter(has).pop() ?? "—";
  items.push({ id: "requirement-sets", zh: "支持的最高 ExcelApi 版本", en: "Highest ExcelApi set supported", status: has("1.7") ? "ok" : "failed", detail: highest });
  for (const version of ["1.7", "1.9", "1.13"]) {
    items.push({ id: `requirement-${version}`, zh: `ExcelApi ${version}`, en: `ExcelApi ${version}`, status: has(version) ? "ok" : "missing" });
  }
  const scratch = `~自检 ${Math.random().toString(36).slice(2, 8)}`;
  const added = await selfTestStep(items, { id: "add-sheet", zh: "新建临时工作表", en: "Add a scratch sheet" }, () =>
    options.run(async (context) => {
      context.workbook.worksheets.add(scratch);
      await context.sync();
      return scratch;
    }),
  );
  if (added) {
    for (const check of CHECKS) {
      if (check.needs && !has(check.needs)) {
        items.push({ id: check.id, zh: check.zh, en: check.en, status: "missing", detail: `ExcelApi ${check.needs}` });
        continue;
      }
      // One batch per check: a refusal is reported and the next check still runs.
      await selfTestStep(items, check, () => options.run((context) => check.attempt(context, context.workbook.worksheets.getItem(scratch))));
    }
    await selfTestStep(items, { id: "delete-sheet", zh: "删除临时工作表", en: "Delete the scratch sheet" }, () =>
      options.run(async (context) => {
        context.workbook.worksheets.getItem(scratch).delete();
        await context.sync();
      }),
    );
  }
  await settingsChecks(items, options.settings);
  return { host: "Excel", environment: options.environment ?? "", when: (options.now?.() ?? new Date()).toISOString(), items };
}

/** A check that only queues commands on the scratch sheet: it passes when Excel accepts them at the batch's sync. */
function queued(commands: (sheet: Excel.Worksheet) => void): Check["attempt"] {
  return async (context, sheet) => {
    commands(sheet);
    await context.sync();
  };
}

const CHECKS: readonly Check[] = [
  {
    id: "write-text",
    zh: "写入文本（含 = + - @ 开头、数字样式、日期样式），保持为文本",
    en: "Write text (starting with = + - @, number-like, date-like) and keep it as text",
    needs: "1.7",
    attempt: async (context, sheet) => {
      const range = sheet.getRangeByIndexes(0, 0, TRICKY.length, 1);
      range.numberFormat = TRICKY.map(() => ["@"]);
      range.values = TRICKY.map((text) => [text]);
      range.load("values");
      await context.sync();
      const back = (range.values as unknown[][]).map((row) => row[0]);
      const changed = TRICKY.filter((text, i) => back[i] !== text);
      if (changed.length > 0) throw new Error(`Excel changed ${changed.join(", ")} into ${changed.map((text) => String(back[TRICKY.indexOf(text)])).join(", ")}`);
      return `${TRICKY.length} cells`;
    },
  },
  {
    id: "read-used-range",
    zh: "读取已用区域的大小、数值和数字格式",
    en: "Read the used range's size, values and number formats",
    attempt: async (context, sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount,values,numberFormat");
      await context.sync();
      if (used.isNullObject) throw new Error("the used range is empty");
      return `${used.rowCount} × ${used.columnCount}`;
    },
  },
  {
    id: "merge",
    zh: "合并单元格",
    en: "Merge cells",
    needs: "1.7",
    attempt: queued((sheet) => {
      sheet.getRangeByIndexes(10, 0, 1, 3).merge(false);
    }),
  },
  {
    id: "merged-areas",
    zh: "读取合并单元格（getMergedAreasOrNullObject）",
    en: "Read merged cells (getMergedAreasOrNullObject)",
    needs: "1.13",
    attempt: async (context, sheet) => {
      const merged = sheet.getRangeByIndexes(0, 0, 20, 5).getMergedAreasOrNullObject();
      merged.load("address");
      await context.sync();
      if (merged.isNullObject) throw new Error("no merged area returned");
      return merged.address;
    },
  },
  {
    id: "formats",
    zh: "单元格格式（填充、字体、边框、对齐、列宽、行高、自动行高）",
    en: "Cell formats (fill, font, borders, alignment, column width, row height, autofit rows)",
    needs: "1.7",
    attempt: queued((sheet) => {
      const format = sheet.getRangeByIndexes(0, 0, 3, 2).format;
      format.fill.color = "#FFEB9C";
      format.font.bold = true;
      format.font.color = "#9C5700";
      format.horizontalAlignment = "Center";
      format.verticalAlignment = "Center";
      format.wrapText = true;
      const edge = format.borders.getItem("EdgeTop");
      edge.style = "Continuous";
      edge.color = "#808080";
      sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 60;
      sheet.getRangeByIndexes(5, 0, 1, 1).format.rowHeight = 30;
      sheet.getRangeByIndexes(0, 0, 3, 2).format.autofitRows();
      sheet.getRangeByIndexes(0, 4, 1, 1).getEntireColumn().columnHidden = true;
    }),
  },
  {
    id: "range-areas",
    zh: "多区域一次设置格式（RangeAreas）",
    en: "Format several areas at once (RangeAreas)",
    needs: "1.9",
    attempt: queued((sheet) => {
      sheet.getRanges("A1:B1, A3:B3").format.fill.color = "#C6EFCE";
    }),
  },
  {
    id: "freeze-filter",
    zh: "冻结标题行、筛选按钮",
    en: "Freeze header rows, filter buttons",
    needs: "1.9",
    attempt: queued((sheet) => {
      sheet.freezePanes.freezeRows(1);
      sheet.autoFilter.apply(sheet.getRangeByIndexes(0, 0, 3, 2));
    }),
  },
  {
    id: "page-layout",
    zh: "打印版式（A4 横向、适合一页宽、标题行、页脚）",
    en: "Print layout (A4 landscape, fit to one page wide, title rows, footer)",
    needs: "1.9",
    attempt: queued((sheet) => {
      const page = sheet.pageLayout;
      page.orientation = "Landscape";
      page.paperSize = "A4";
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 20 };
      page.setPrintTitleRows("$1:$1");
      page.headersFooters.defaultForAllPages.centerFooter = "第 &P 页 共 &N 页";
    }),
  },
  {
    id: "rename-move",
    zh: "工作表改名并移动位置（替换台账时用）",
    en: "Rename and move a sheet (used when a ledger is replaced)",
    attempt: async (context, sheet) => {
      sheet.position = 0;
      sheet.load("position");
      await context.sync();
      return `position ${sheet.position}`;
    },
  },
  {
    id: "select",
    zh: "定位单元格（点击问题时跳转）",
    en: "Select a cell (clicking a problem)",
    attempt: queued((sheet) => {
      sheet.activate();
      sheet.getRange("A1").select();
    }),
  },
];

async function settingsChecks(items: SelfTestItem[], settingsOf: ExcelSelfTestOptions["settings"]): Promise<void> {
  await selfTestStep(items, { id: "settings-refresh", zh: "刷新文档设置（共同编辑时读取他人保存的设置）", en: "Refresh document settings (co-authoring)" }, async () => {
    const settings = settingsOf();
    if (!settings.refreshAsync) return "refreshAsync absent";
    await officeCallDone<Office.Settings>((done) => settings.refreshAsync?.(done));
  });
  await selfTestStep(items, { id: "settings-save", zh: "保存文档设置（保存工作簿后生效）", en: "Save document settings (kept when the workbook is saved)" }, async () => {
    const settings = settingsOf();
    const stamp = new Date().toISOString();
    settings.set(SETTING_KEY, stamp);
    await saveSettings(settings);
    const back = settings.get(SETTING_KEY);
    settings.remove(SETTING_KEY);
    await saveSettings(settings);
    if (back !== stamp) throw new Error("the value read back differs");
  });
}

function saveSettings(settings: Pick<Office.Settings, "saveAsync">): Promise<void> {
  return officeCallDone<void>((done) => settings.saveAsync(done));
}
