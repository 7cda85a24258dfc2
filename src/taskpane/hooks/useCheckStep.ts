import { useCallback } from "react";
import { usePatchedState } from "./usePatchedState";
import type { ColumnMap, TaskColumn } from "../../domain/task";
import type { CheckOutcome, DetectedColumns, LedgerService } from "../services/ledgerService";

export interface CheckStepState {
  sheets: string[];
  sheet: string | null;
  detected: DetectedColumns | null;
  columns: ColumnMap;
  /** True once the clerk corrected a column: the check then uses `columns` as given. */
  columnsEdited: boolean;
  outcome: CheckOutcome | null;
  busy: boolean;
}

export interface CheckStepActions {
  /** List the sheets, pick `sheet` (or the active one) and detect its columns. */
  load(sheet?: string): Promise<string | null>;
  changeSheet(sheet: string): Promise<void>;
  changeColumn(column: TaskColumn, index: number | null): void;
  run(sheet?: string): Promise<CheckOutcome | null>;
}

const INITIAL: CheckStepState = { sheets: [], sheet: null, detected: null, columns: {}, columnsEdited: false, outcome: null, busy: false };

/**
 * State and actions of step 1 (检查分工), kept in App so that they survive switching steps.
 * Errors thrown by the service reach `onError`.
 * @example const [check, actions] = useCheckStep(service, setError); await actions.load();
 */
export function useCheckStep(service: LedgerService, onError: (error: unknown) => void): [CheckStepState, CheckStepActions] {
  // The ref is the source of truth for the async actions; the state renders it.
  const [state, stateRef, update] = usePatchedState<CheckStepState>(INITIAL);

  const detect = useCallback(
    async (sheet: string) => {
      const detected = await service.detectColumns(sheet);
      if (stateRef.current.sheet === sheet) update({ detected, columns: detected.columns, columnsEdited: false });
    },
    [stateRef, service, update],
  );

  const load = useCallback(
    async (preferred?: string): Promise<string | null> => {
      try {
        const sheets = await service.listSheets();
        const current = stateRef.current.sheet;
        const sheet =
          preferred && sheets.includes(preferred)
            ? preferred
            : current && sheets.includes(current)
              ? current
              : // By content: never last month's ledger, though a reopened download shows it first.
                ((service.suggestTaskSheet ? await service.suggestTaskSheet() : await service.activeSheetName()) ?? sheets[0] ?? null);
        const chosen = sheet && sheets.includes(sheet) ? sheet : (sheets[0] ?? null);
        const changed = chosen !== current;
        update(changed ? { sheets, sheet: chosen, detected: null, columns: {}, columnsEdited: false, outcome: null } : { sheets });
        if (chosen && changed) await detect(chosen);
        return chosen;
      } catch (error) {
        onError(error);
        return null;
      }
    },
    [stateRef, service, update, detect, onError],
  );

  const changeSheet = useCallback(
    async (sheet: string) => {
      update({ sheet, detected: null, columns: {}, columnsEdited: false, outcome: null });
      try {
        await detect(sheet);
      } catch (error) {
        onError(error);
      }
    },
    [update, detect, onError],
  );

  const changeColumn = useCallback(
    (column: TaskColumn, index: number | null) => {
      const columns: ColumnMap = { ...stateRef.current.columns };
      if (index === null) delete columns[column];
      else columns[column] = index;
      update({ columns, columnsEdited: true });
    },
    [stateRef, update],
  );

  const run = useCallback(
    async (sheetOverride?: string): Promise<CheckOutcome | null> => {
      const { sheet: currentSheet, columns, columnsEdited } = stateRef.current;
      const sheet = sheetOverride ?? currentSheet;
      if (!sheet) return null;
      update({ busy: true });
      try {
        const outcome = await service.check(columnsEdited && !sheetOverride ? { sheet, columns } : { sheet });
        const patch: Partial<CheckStepState> = { outcome, busy: false };
        if (outcome.report) {
          patch.columns = outcome.report.columns;
          const detected = stateRef.current.detected;
          if (detected) patch.detected = { ...detected, headerRow: outcome.report.headerRow, columns: outcome.report.columns };
        }
        update(patch);
        return outcome;
      } catch (error) {
        update({ busy: false });
        onError(error);
        return null;
      }
    },
    [stateRef, service, update, onError],
  );

  return [state, { load, changeSheet, changeColumn, run }];
}
