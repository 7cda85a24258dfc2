import { useCallback } from "react";
import { usePatchedState } from "./usePatchedState";
import type { ColumnMap, TaskColumn } from "../../domain/task";
import type { CheckOutcome, LedgerService } from "../services/ledgerService";
import { useTaskTableCheck, type TaskTableCheckState } from "./useTaskTableCheck";

export interface CheckStepState extends TaskTableCheckState {
  sheets: string[];
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

  const run = useTaskTableCheck(service, stateRef, update, onError);

  return [state, { load, changeSheet, changeColumn, run }];
}
