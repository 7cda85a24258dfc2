import { DEFAULT_SETTINGS, type LedgerSettings } from "../evaluation";
import { noticeStatusesText } from "./noticeStatusesText";

/**
 * Settings as a plain record for saving (Office document settings, a JSON file, a 设置 sheet), keys in a stable
 * order. parseSettings reads it back unchanged.
 * @example settingsToRecord(DEFAULT_SETTINGS) // { expectedProgressMethod: "months", laggingBadlyGap: 30, dueSoonDays: 15, … }
 */
export function settingsToRecord(settings: LedgerSettings): Record<keyof LedgerSettings, string | number> {
  const record = {} as Record<keyof LedgerSettings, string | number>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof LedgerSettings)[]) {
    const value = settings[key];
    // A list (督办状态) is saved as the clerk writes it: 滞后、严重滞后、逾期.
    record[key] = Array.isArray(value) ? noticeStatusesText(value) : value;
  }
  return record;
}
