/**
 * Name of the active sheet (one sync).
 * @example await Excel.run(activeSheetName) // "分工方案"
 */
export async function activeSheetName(context: Excel.RequestContext): Promise<string | null> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  await context.sync();
  return sheet.name ?? null;
}
