import { DEFAULT_SETTINGS, type LedgerSettings } from "../evaluation";

/**
 * Settings as a plain record for saving (Office document settings, a JSON file, a 设置 sheet), keys in a stable
 * order. parseSettings reads it back unchanged.
 * @example settingsToRecord(DEFAULT_SETTINGS) // { expectedProgressMethod: "months", laggingBadlyGap: 30, dueSoonDays: 15, … }
 */
export function settingsToRecord(settings: LedgerSettings): Record<keyof LedgerSettings, string | number> {
  const record = {} as Record<keyof LedgerSettings, string | number>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof LedgerSettings)[]) record[key] = settings[key];
  return record;
}
