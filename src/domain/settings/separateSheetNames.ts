import { DEFAULT_SETTINGS, type LedgerSettings } from "../evaluation";
import type { Problem } from "../problem";
import { SETTING_LABELS } from "./settingLabels";

const SAMPLE_PERIOD = "2009-10";

/**
 * Settings whose ledger and summary sheet names are told apart: when both patterns give the same sheet name (Excel
 * compares names without case) the summary would replace the ledger, so the summary name goes back to its default
 * (the ledger's too, when the ledger took the summary's default) with a `bad-setting` warning saying so.
 * @example separateSheetNames({ ...DEFAULT_SETTINGS, summarySheetName: DEFAULT_SETTINGS.ledgerSheetName }).settings.summarySheetName // DEFAULT_SETTINGS.summarySheetName
 */
export function separateSheetNames(settings: LedgerSettings): { settings: LedgerSettings; problem: Problem | null } {
  const shown = (pattern: string): string => pattern.replace(/\{period\}|〈年-月〉/g, SAMPLE_PERIOD).trim().toLowerCase();
  if (shown(settings.ledgerSheetName) !== shown(settings.summarySheetName)) return { settings, problem: null };
  const zh = (pattern: string): string => pattern.replace(/\{period\}/g, "〈年-月〉");
  const fixed: LedgerSettings = { ...settings, summarySheetName: DEFAULT_SETTINGS.summarySheetName };
  if (shown(fixed.ledgerSheetName) === shown(fixed.summarySheetName)) fixed.ledgerSheetName = DEFAULT_SETTINGS.ledgerSheetName;
  return {
    settings: fixed,
    problem: {
      code: "bad-setting",
      severity: "warning",
      message: `“${SETTING_LABELS.ledgerSheetName}”和“${SETTING_LABELS.summarySheetName}”是同一个名称“${zh(settings.summarySheetName)}”，汇总会覆盖台账；已改用台账“${zh(fixed.ledgerSheetName)}”、汇总“${zh(fixed.summarySheetName)}”。请在设置中给两者不同的名称。`,
      messageEn: `The ledger and summary sheet names are the same ("${settings.summarySheetName}"), so the summary would replace the ledger; "${fixed.ledgerSheetName}" and "${fixed.summarySheetName}" are used instead. Give them different names in the settings.`,
      suggestion: zh(fixed.summarySheetName),
    },
  };
}
