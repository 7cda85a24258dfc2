import { useCallback, type MutableRefObject } from "react";
import type { ImportOutcome, LedgerService } from "../services/ledgerService";
import { isValidSheetName } from "../isValidSheetName";

/** The part of the import step's state that creating the task sheet reads and changes. */
export interface TaskSheetCreationState {
  outcome: ImportOutcome | null;
  sheetName: string;
  /** The name exists already: the pane asks before replacing it. */
  confirmReplace: boolean;
  creating: boolean;
}

/** Naming and creating the task sheet from the tasks the import read. */
export interface TaskSheetCreationActions {
  changeSheetName(name: string): void;
  /** Create the task sheet, or ask first when the name exists. */
  create(): Promise<void>;
  confirmReplace(): Promise<void>;
  cancelReplace(): void;
}

/**
 * The import step's last part: name the task sheet, create it from the tasks read (asking before replacing a sheet of
 * the same name, letters compared without case), then `onCreated(sheet)`. Works on the import step's state through
 * its ref and patch (usePatchedState).
 * @example const creation = useTaskSheetCreation(service, stateRef, update, onCreated, setError); await creation.create();
 */
export function useTaskSheetCreation(
  service: LedgerService,
  stateRef: MutableRefObject<TaskSheetCreationState>,
  update: (patch: Partial<TaskSheetCreationState>) => void,
  onCreated: (sheet: string) => void,
  onError: (error: unknown) => void,
): TaskSheetCreationActions {
  const changeSheetName = useCallback((sheetName: string) => update({ sheetName }), [update]);

  const write = useCallback(async () => {
    const { outcome, sheetName } = stateRef.current;
    if (!outcome) return;
    const name = sheetName.trim();
    update({ creating: true, confirmReplace: false });
    try {
      await service.createTaskSheet(name, outcome.tasks);
      update({ creating: false });
      onCreated(name);
    } catch (error) {
      update({ creating: false });
      onError(error);
    }
  }, [stateRef, service, update, onCreated, onError]);

  const create = useCallback(async () => {
    const { outcome, sheetName } = stateRef.current;
    const name = sheetName.trim();
    if (!outcome || outcome.tasks.length === 0 || !isValidSheetName(name)) return;
    try {
      const sheets = await service.listSheets();
      if (sheets.some((sheet) => sheet.toLowerCase() === name.toLowerCase())) {
        update({ confirmReplace: true });
        return;
      }
    } catch (error) {
      onError(error);
      return;
    }
    await write();
  }, [stateRef, service, update, write, onError]);

  const cancelReplace = useCallback(() => update({ confirmReplace: false }), [update]);

  return { changeSheetName, create, confirmReplace: write, cancelReplace };
}
