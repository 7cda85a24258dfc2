/**
 * A value saved with the workbook through Office document settings, or null when none.
 * @example readDocumentSetting(Office.context.document.settings, "progressLedger") // { laggingBadlyGap: 30, … }
 */
export function readDocumentSetting(settings: Pick<Office.Settings, "get">, key: string): unknown {
  const value: unknown = settings.get(key);
  return value === undefined ? null : value;
}
