import ExcelJS from "exceljs";

/** What a department writes in one row of its template: the input cells only. */
export interface TemplateEntry {
  text: string;
  value?: number;
  issues?: string;
}

/**
 * Fill a report template the way a department does: open it, type into the unlocked input cells (进展情况 E,
 * 完成值 F, 存在问题 H, 下步打算 I, 填报人 J, 联系电话 K) of the rows of the given task numbers, save. Locked cells
 * are checked to be locked, so the filling never writes where Excel would refuse.
 */
export async function fillTemplate(path: string, entries: ReadonlyMap<string, TemplateEntry>, reporter: { name: string; phone: string }): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  let filled = 0;
  sheet.eachRow((row) => {
    const id = String(row.getCell(1).value ?? "");
    const entry = entries.get(id);
    if (!entry || !String(row.getCell(12).value ?? "").startsWith("督查台账填报行")) return;
    const cells: [string, ExcelJS.CellValue][] = [["E", entry.text], ["H", entry.issues ?? "无"], ["I", "按计划推进"], ["J", reporter.name], ["K", reporter.phone]];
    if (entry.value !== undefined) cells.push(["F", entry.value]);
    for (const [column, value] of cells) {
      const cell = row.getCell(column);
      // ExcelJS cells, not Office.js proxies: nothing to load or sync.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      if (cell.protection?.locked !== false) throw new Error(`${sheet.name}!${cell.address} is locked`);
      cell.value = value;
    }
    filled++;
  });
  await workbook.xlsx.writeFile(path);
  return filled;
}
