import { useCallback, type MutableRefObject } from "react";
import type { ColumnMap } from "../../domain/task";
import type { CheckOutcome, DetectedColumns, LedgerService } from "../services/ledgerService";

/** The part of the check step's state that running the check reads and changes. */
export interface TaskTableCheckState {
  sheet: string | null;
  detected: DetectedColumns | null;
  columns: ColumnMap;
  /** True once the clerk corrected a column: the check then uses `columns` as given. */
  columnsEdited: boolean;
  outcome: CheckOutcome | null;
  busy: boolean;
}

/**
 * The check of step 1 (检查分工) as an action: check the chosen sheet (or `sheetOverride`, with its columns found
 * again) with the columns the clerk corrected, then show the columns the check used. Errors reach `onError` and give
 * null. Works on the check step's state through its ref and patch (usePatchedState).
 * @example const run = useTaskTableCheck(service, stateRef, update, setError); const outcome = await run();
 */
export function useTaskTableCheck(
  service: LedgerService,
  stateRef: MutableRefObject<TaskTableCheckState>,
  update: (patch: Partial<TaskTableCheckState>) => void,
  onError: (error: unknown) => void,
): (sheetOverride?: string) => Promise<CheckOutcome | null> {
  return useCallback(
    async (sheetOverride?: string): Promise<CheckOutcome | null> => {
      const { sheet: currentSheet, columns, columnsEdited } = stateRef.current;
      const sheet = sheetOverride ?? currentSheet;
      if (!sheet) return null;
      update({ busy: true });
      try {
        const outcome = await service.check(columnsEdited && !sheetOverride ? { sheet, columns } : { sheet });
        const patch: Partial<TaskTableCheckState> = { outcome, busy: false };
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
}
