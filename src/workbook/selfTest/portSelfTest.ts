import type { WorkbookPort } from "../workbookPort";
import { SELF_TEST_TEXTS, selfTestLayout } from "./selfTestLayout";
import type { SelfTestItem, SelfTestReport } from "./selfTestReport";
import { selfTestStep } from "./selfTestStep";

/**
 * The self-test over a WorkbookPort, for the standalone page (ExcelJS): writes the scratch layout into `port` — a new
 * blank workbook, never the clerk's file — reads it back (texts stay text, the merge is found) and round-trips the
 * settings. Excel-only checks (requirement sets, page layout through Office.js) are listed as not applicable.
 * @example const report = await portSelfTest(new ExcelJsWorkbook(new ExcelJS.Workbook(), "自检.xlsx"), { host: "ExcelJS" });
 */
export async function portSelfTest(port: WorkbookPort, options: { host: string; environment?: string; now?: () => Date }): Promise<SelfTestReport> {
  const items: SelfTestItem[] = [];
  items.push({ id: "requirement-sets", zh: "ExcelApi 要求集（仅 Excel 中）", en: "ExcelApi requirement sets (Excel only)", status: "skipped" });
  const layout = selfTestLayout("自检");
  const written = await selfTestStep(items, { id: "write-sheet", zh: "写入工作表（数值、格式、合并、冻结、筛选、打印版式）", en: "Write a sheet (values, formats, merge, freeze, filter, print layout)" }, () =>
    port.writeSheet(layout, { overwrite: true }),
  );
  if (written) {
    const grid = await port.readSheet(layout.name).catch(() => null);
    await selfTestStep(items, { id: "write-text", zh: "文本（含 = + - @ 开头）保持为文本", en: "Text (starting with = + - @) stays text" }, async () => {
      const back = (grid?.rows ?? []).slice(2).map((row) => row[0]);
      const changed = SELF_TEST_TEXTS.filter((text, i) => back[i] !== text);
      if (changed.length > 0) throw new Error(`changed: ${changed.join(", ")}`);
      return `${SELF_TEST_TEXTS.length} cells`;
    });
    await selfTestStep(items, { id: "merged-areas", zh: "读取合并单元格", en: "Read merged cells" }, async () => {
      const merges = grid?.merges ?? [];
      if (!merges.some((merge) => merge.top === 0 && merge.left === 0 && merge.right === 2)) throw new Error("the title's merge was not read back");
      return `${merges.length}`;
    });
  }
  await selfTestStep(items, { id: "settings-save", zh: "保存并读回设置", en: "Save and read back settings" }, async () => {
    const saved = await port.readSettings();
    await port.writeSettings({ ...saved, selfTest: true });
    const back = await port.readSettings();
    await port.writeSettings(saved);
    if (back.selfTest !== true) throw new Error("the value read back differs");
  });
  return { host: options.host, environment: options.environment ?? "", when: (options.now?.() ?? new Date()).toISOString(), items };
}
