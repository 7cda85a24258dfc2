import { DEFAULT_SETTINGS, type LedgerSettings } from "../evaluation";
import { fail, ok, type Problem, type Result } from "../problem";
import { parseNumber } from "../numbers/parseNumber";
import { normalizeName } from "../text/normalizeName";
import { SETTING_LABELS } from "./settingLabels";
import { noticeStatusesFromText } from "./noticeStatusesFromText";
import { noticeStatusesText } from "./noticeStatusesText";

type NumericKey = "laggingBadlyGap" | "dueSoonDays" | "growthTolerance" | "rateLaggingBadlyShare" | "dataLagMonths" | "titleMatchThreshold" | "noticeFeedbackDays";

const RANGES: Record<NumericKey, { min: number; max: number; integer: boolean }> = {
  laggingBadlyGap: { min: 0, max: 100, integer: false },
  dueSoonDays: { min: 0, max: 366, integer: true },
  growthTolerance: { min: 0, max: 10, integer: false },
  rateLaggingBadlyShare: { min: 0, max: 1, integer: false },
  dataLagMonths: { min: 0, max: 12, integer: true },
  titleMatchThreshold: { min: 0.5, max: 1, integer: false },
  noticeFeedbackDays: { min: 1, max: 365, integer: true },
};
const METHODS: Record<string, LedgerSettings["expectedProgressMethod"]> = {
  months: "months", month: "months", 按月: "months", 月: "months",
  days: "days", day: "days", 按日: "days", 按天: "days", 日: "days", 天: "days",
};
const SHOWN: Record<string, LedgerSettings["levelReachedShown"]> = {
  ratio: "ratio", 实际比例: "ratio", 实际: "ratio", 按实际: "ratio",
  capped: "capped", cap: "capped", 封顶: "capped", "封顶100%": "capped", "按100%": "capped", "100%": "capped",
};
const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof LedgerSettings)[];

/**
 * Read saved settings (Office document settings, a JSON file, a 设置 sheet as key → value) into LedgerSettings.
 * Keys are the English names or their Chinese labels; values may be numbers or text ("30", "０.８", "按日").
 * Missing keys take `base` (default: the defaults of docs/RULES.md#status), so sources can be layered. A value out of range (laggingBadlyGap 0–100, dueSoonDays 0–366
 * whole days, growthTolerance 0–10, rateLaggingBadlyShare 0–1, dataLagMonths 0–12 whole months, levelReachedShown
 * ratio/capped (实际比例/封顶100%), titleMatchThreshold 0.5–1, a sheet name Excel would refuse, noticeStatuses other
 * than 滞后/严重滞后/逾期/临期, noticeFeedbackDays 1–365 whole days) keeps the default
 * and gives a `bad-setting` warning naming the key; an unknown key is ignored with an `unknown-setting` warning.
 * Only a value that is no key → value record at all fails.
 * @example parseSettings({ laggingBadlyGap: "20", dueSoonDays: 10 }) // ok, { …DEFAULT_SETTINGS, laggingBadlyGap: 20, dueSoonDays: 10 }
 * @example parseSettings({ dueSoonDays: 400 }) // ok with dueSoonDays 15 and a bad-setting warning
 */
export function parseSettings(raw: unknown, base: LedgerSettings = DEFAULT_SETTINGS): Result<LedgerSettings> {
  if (raw === undefined || raw === null) return ok({ ...base });
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return fail([
      {
        code: "bad-setting",
        severity: "error",
        message: "设置应为“名称：值”的对照表（JSON 对象），现在不是。请检查设置文件或设置表。",
        messageEn: "Settings must be a table of name → value (a JSON object). Check the settings file or sheet.",
      },
    ]);
  }
  const settings: LedgerSettings = { ...base };
  const problems: Problem[] = [];
  for (const [rawKey, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = settingKey(rawKey);
    if (key === null) {
      problems.push({
        code: "unknown-setting",
        severity: "warning",
        message: `未知的设置项“${rawKey}”，已忽略。可用的设置项：${KEYS.map((k) => SETTING_LABELS[k]).join("、")}。`,
        messageEn: `Unknown setting "${rawKey}" was ignored. Known settings: ${KEYS.join(", ")}.`,
      });
      continue;
    }
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) continue;
    const problem = applySetting(settings, key, value, base);
    if (problem !== null) problems.push(problem);
  }
  return ok(settings, problems);
}

function settingKey(rawKey: string): keyof LedgerSettings | null {
  const name = normalizeName(rawKey);
  for (const key of KEYS) {
    if (name.toLowerCase() === key.toLowerCase()) return key;
    const label = normalizeName(SETTING_LABELS[key]);
    if (name === label || name === label.replace(/（.*）$/, "")) return key;
  }
  return null;
}

function applySetting(settings: LedgerSettings, key: keyof LedgerSettings, value: unknown, base: LedgerSettings): Problem | null {
  if (key === "expectedProgressMethod") {
    const written = typeof value === "string" ? value.trim().toLowerCase() : "";
    const method = Object.hasOwn(METHODS, written) ? METHODS[written] : undefined;
    if (method === undefined) return badSetting(key, value, base, "“months”（按月）或“days”（按日）", '"months" or "days"');
    settings.expectedProgressMethod = method;
    return null;
  }
  if (key === "levelReachedShown") {
    const shown = typeof value === "string" ? SHOWN[value.trim().toLowerCase().replace(/[\s％]/g, (ch) => (ch === "％" ? "%" : ""))] : undefined;
    if (shown === undefined) return badSetting(key, value, base, "“实际比例”或“封顶100%”", '"ratio" or "capped"');
    settings.levelReachedShown = shown;
    return null;
  }
  if (key === "noticeStatuses") {
    const statuses = typeof value === "string" ? noticeStatusesFromText(value) : Array.isArray(value) ? noticeStatusesFromText(value.map(String).join("、")) : null;
    if (statuses === null) return badSetting(key, value, base, "滞后、严重滞后、逾期、临期中的一个或几个（用顿号分隔）", "one or more of 滞后, 严重滞后, 逾期, 临期");
    settings.noticeStatuses = statuses;
    return null;
  }
  if (key === "ledgerSheetName" || key === "summarySheetName") {
    const name = typeof value === "string" ? value.trim() : "";
    const shown = name.replace(/\{period\}|〈年-月〉/g, "2009-10");
    if (name === "" || shown.length > 31 || /[[\]:*?/\\]/.test(shown) || /^'|'$/.test(shown)) {
      return badSetting(key, value, base, "不超过31个字符、不含 [ ] : * ? / \\ 的工作表名", "a sheet name of at most 31 characters without [ ] : * ? / \\");
    }
    settings[key] = name;
    return null;
  }
  const range = RANGES[key];
  const number = typeof value === "number" ? value : typeof value === "string" ? parseNumber(value.replace(/%|％/, "")) : null;
  if (number === null || !Number.isFinite(number) || number < range.min || number > range.max || (range.integer && !Number.isInteger(number))) {
    const kind = range.integer ? "整数" : "数";
    return badSetting(key, value, base, `${range.min}–${range.max} 之间的${kind}`, `a ${range.integer ? "whole number" : "number"} from ${range.min} to ${range.max}`);
  }
  settings[key] = number;
  return null;
}

/** A setting's value as the clerk reads it in Chinese: 按月/按日, 实际比例/封顶100%, else as it is. */
function fallbackZh(key: keyof LedgerSettings, value: string): string {
  if (key === "expectedProgressMethod") return value === "days" ? "按日" : "按月";
  if (key === "levelReachedShown") return value === "capped" ? "封顶100%" : "实际比例";
  return value;
}

function badSetting(key: keyof LedgerSettings, value: unknown, base: LedgerSettings, expectedZh: string, expectedEn: string): Problem {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  // A sheet-name pattern is shown with its Chinese period mark (〈年-月〉, which periodSheetName accepts like {period}).
  const before = base[key];
  const fallbackEn = Array.isArray(before) ? noticeStatusesText(before) : String(before);
  const fallback = fallbackEn.replace(/\{period\}/g, "〈年-月〉");
  const isDefault = Array.isArray(before) ? fallback === noticeStatusesText(DEFAULT_SETTINGS.noticeStatuses) : before === DEFAULT_SETTINGS[key];
  const kept = isDefault ? "默认值" : "原值";
  const keptEn = isDefault ? "default" : "earlier value";
  return {
    code: "bad-setting",
    severity: "warning",
    message: `设置项“${SETTING_LABELS[key]}”的值“${shown.replace(/\{period\}/g, "〈年-月〉")}”无效，应为${expectedZh}；已使用${kept}“${fallbackZh(key, fallback)}”。请在设置中改正这一项，否则一直按${kept}计算。`,
    messageEn: `Setting ${key} has an invalid value "${shown}"; expected ${expectedEn}. The ${keptEn} ${fallbackEn} is used. Correct the setting.`,
    suggestion: fallbackZh(key, fallback),
  };
}
