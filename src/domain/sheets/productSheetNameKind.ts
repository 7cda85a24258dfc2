import type { LedgerSettings } from "../evaluation";
import { isSettingsSheetName } from "../settings/settingsFromSheet";

/** The defaults' fixed parts ("台账", "通报汇总"): a sheet named so is the product's under any later setting too. */
const DEFAULT_PREFIXES: { kind: "ledger" | "summary"; prefix: string }[] = [
  { kind: "ledger", prefix: "台账" },
  { kind: "summary", prefix: "通报汇总" },
];

/** The records the product keeps: 报送记录 and 报送明细 (reports received), 督办登记 (supervision notices issued), 对应记录 (rows assigned to tasks). */
const REGISTER_NAMES = ["报送记录", "报送明细", "督办登记", "对应记录"];

/** The fixed part of a sheet-name pattern before its {period} (the whole pattern when it has none). */
function patternPrefix(pattern: string): string {
  return pattern.split(/\{period\}|〈年-月〉/)[0].trim();
}

/**
 * Which of the product's own sheets a name belongs to, by name alone: a ledger or a summary (named after the
 * configured `ledgerSheetName` / `summarySheetName` patterns, or the default 台账… / 通报汇总…), a record (报送记录, 督办登记, 对应记录), the clerk's
 * visible 设置 sheet, or null for any other sheet (a task table, a progress sheet, the clerk's own). The content
 * of a sheet decides too (productSheetKind, isLedgerLike); this is the choice made before a sheet is read, e.g.
 * the sheets offered as progress.
 * @example productSheetNameKind("台账 2007-10", DEFAULT_SETTINGS) // "ledger"
 * @example productSheetNameKind("月报 2007-10", { ...DEFAULT_SETTINGS, ledgerSheetName: "月报 {period}" }) // "ledger"
 * @example productSheetNameKind("省经委进展", DEFAULT_SETTINGS) // null
 */
export function productSheetNameKind(
  name: string,
  settings: Pick<LedgerSettings, "ledgerSheetName" | "summarySheetName">,
): "ledger" | "summary" | "settings" | "register" | null {
  if (isSettingsSheetName(name)) return "settings";
  if (REGISTER_NAMES.includes(name.trim())) return "register";
  const configured: { kind: "ledger" | "summary"; prefix: string }[] = [
    { kind: "ledger", prefix: patternPrefix(settings.ledgerSheetName) },
    { kind: "summary", prefix: patternPrefix(settings.summarySheetName) },
  ];
  const trimmed = name.trim();
  for (const { kind, prefix } of [...configured, ...DEFAULT_PREFIXES]) {
    if (prefix !== "" && trimmed.startsWith(prefix)) return kind;
  }
  return null;
}
