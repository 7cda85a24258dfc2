import { DEFAULT_SETTINGS, type LedgerSettings } from "../evaluation";
import type { SheetGrid } from "../grid";
import type { Problem } from "../problem";
import { parseSettings } from "./parseSettings";
import { separateSheetNames } from "./separateSheetNames";
import { settingCellsFromSheet } from "./settingCellsFromSheet";
import { settingsFromSheet } from "./settingsFromSheet";

/** The settings in force for a workbook, the problems with them, and the visible settings sheet read (if any). */
export interface WorkbookSettings {
  settings: LedgerSettings;
  problems: Problem[];
  /** Name of the clerk's visible 设置 sheet whose values were applied, null when the workbook has none. */
  settingsSheet: string | null;
}

/**
 * The settings in force for a workbook, in one order for the pane and the command line: the defaults of
 * docs/RULES.md#status, overridden by the settings saved with the workbook (the pane's 设置 panel: Office document
 * settings, or the hidden sheet in files), overridden by a visible 设置 sheet the clerk keeps, overridden by
 * `options.overrides` (the command line's --settings file, named in its problems by `options.overridesFile`). A bad value keeps the default and is reported (parseSettings);
 * problems of the sheet's values name the sheet and the cell of the value.
 * @example workbookSettings({ laggingBadlyGap: 20 }, null).settings.laggingBadlyGap // 20
 * @example workbookSettings({ laggingBadlyGap: 20 }, { name: "设置", rows: [["严重滞后差距（百分点）", 10]] }).settings.laggingBadlyGap // 10
 */
export function workbookSettings(
  saved: Record<string, unknown>,
  settingsSheet: SheetGrid | null,
  options: { overrides?: Record<string, unknown>; overridesFile?: string } = {},
): WorkbookSettings {
  const fromSheet = settingsSheet !== null ? settingsFromSheet(settingsSheet) : {};
  const sheetCells = settingsSheet !== null ? settingCellsFromSheet(settingsSheet) : {};
  const sheetName = settingsSheet?.name ?? null;
  // Each source in turn on top of the one before, so its bad values name where they stand: the sheet's one row at a
  // time, so that a problem names the cell of its value.
  const layers: { raw: Record<string, unknown>; where: { sheet?: string; file?: string; cell?: string } }[] = [
    { raw: saved, where: {} },
    ...Object.entries(fromSheet).map(([name, value]) => ({ raw: { [name]: value }, where: sheetName !== null ? { sheet: sheetName, ...(sheetCells[name] !== undefined ? { cell: sheetCells[name] } : {}) } : {} })),
    { raw: options.overrides ?? {}, where: options.overridesFile !== undefined ? { file: options.overridesFile } : {} },
  ];
  let settings: LedgerSettings = { ...DEFAULT_SETTINGS };
  const problems: Problem[] = [];
  for (const layer of layers) {
    const parsed = parseSettings(layer.raw, settings);
    if (parsed.ok) settings = parsed.value;
    problems.push(...parsed.problems.map((problem) => ({ ...problem, ...layer.where })));
  }
  const separated = separateSheetNames(settings);
  if (separated.problem !== null) problems.push(separated.problem);
  return { settings: separated.settings, problems, settingsSheet: sheetName };
}
