/**
 * Read the document settings afresh from the workbook before using them (Office.Settings.refreshAsync): in
 * co-authoring another clerk may have saved settings since the pane loaded its in-memory copy. Resolves in every case —
 * where refreshing is absent or fails, the copy in memory is what there is.
 * @example await refreshDocumentSettings(Office.context.document.settings); readDocumentSetting(Office.context.document.settings, "progressLedger")
 */
export function refreshDocumentSettings(settings: Partial<Pick<Office.Settings, "refreshAsync">>): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof settings.refreshAsync !== "function") return resolve();
    try {
      settings.refreshAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}
