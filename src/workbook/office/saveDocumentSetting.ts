import { officeCallDone } from "./officeCallDone";

/**
 * Set a document setting and save the settings with the workbook. Resolves when Office has saved;
 * rejects with Office's error when saving fails (e.g. a read-only document), so the pane can say so.
 * @example await saveDocumentSetting(Office.context.document.settings, "progressLedger", { dueSoonDays: 10 })
 */
export function saveDocumentSetting(settings: Pick<Office.Settings, "set" | "saveAsync">, key: string, value: unknown): Promise<void> {
  settings.set(key, value);
  return officeCallDone<void>(
    (done) => settings.saveAsync(done),
    (error) => new Error(`无法保存工作簿设置：${error?.message ?? "unknown error"} (could not save the workbook's settings)`),
  );
}
