/**
 * Names of the visible sheets in tab order (one sync). Hidden sheets are the add-in's or the clerk's
 * own business, as in the file port.
 * @example await Excel.run(listSheets) // ["分工方案", "部门名录", "台账 2009-10"]
 */
export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  return sheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
}
