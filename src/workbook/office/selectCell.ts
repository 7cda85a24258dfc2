/**
 * Show a cell to the clerk: activate its sheet and select it (one sync).
 * @example await Excel.run((context) => selectCell(context, "分工方案", "D7"))
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
