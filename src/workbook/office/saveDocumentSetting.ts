/**
 * Set a document setting and save the settings with the workbook. Resolves when Office has saved;
 * rejects with Office's error when saving fails (e.g. a read-only document), so the pane can say so.
 * @example await saveDocumentSetting(Office.context.document.settings, "progressLedger", { dueSoonDays: 10 })
 */
export function saveDocumentSetting(settings: Pick<Office.Settings, "set" | "saveAsync">, key: string, value: unknown): Promise<void> {
  settings.set(key, value);
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result: Office.AsyncResult<void>) => {
      if (failed(result.status)) {
        const message = result.error?.message ?? "unknown error";
        reject(new Error(`无法保存工作簿设置：${message} (could not save the workbook's settings)`));
      } else resolve();
    });
  });
}

/** office.js reports "succeeded" / "failed" (its typings declare a numeric enum). */
function failed(status: Office.AsyncResultStatus): boolean {
  const officeFailed = typeof Office !== "undefined" ? Office.AsyncResultStatus?.Failed : undefined;
  return String(status).toLowerCase() === "failed" || (officeFailed !== undefined && status === officeFailed);
}
