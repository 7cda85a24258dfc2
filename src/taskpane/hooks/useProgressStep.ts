import { useCallback, useRef } from "react";
import { usePatchedState } from "./usePatchedState";
import type { Problem } from "../../domain/problem";
import type { CheckSummary, LedgerService, ProgressFile, ProgressOutcome } from "../services/ledgerService";
import { endOfLastMonth } from "../endOfLastMonth";

export interface ProgressStepState {
  /** Sheets of the workbook chosen as progress sources. */
  sheets: string[];
  files: ProgressFile[];
  fileProblems: Problem[];
  asOf: string;
  /** Row key → task id (null: not counted). */
  resolutions: Record<string, string | null>;
  outcome: ProgressOutcome | null;
  busy: boolean;
}

export interface ProgressStepActions {
  toggleSheet(sheet: string, chosen: boolean): void;
  /** Preselect the sheets that look like progress sheets, once the workbook's sheets are known. */
  suggestSheets(sheets: string[]): void;
  addFiles(files: File[]): Promise<void>;
  removeFile(id: string): void;
  changeAsOf(asOf: string): void;
  resolve(rowKey: string, taskId: string | null): void;
  run(): Promise<void>;
}

const PROGRESS_SHEET_NAME = /进展|进度|完成情况|推进情况|报送|填报/;

/**
 * State and actions of step 2 (导入进展): sources, as-of date (end of last month by default), the clerk's
 * resolutions of unmatched rows, and the engine's outcome.
 * @example const [progress, actions] = useProgressStep(service, check.outcome?.report ?? null, setError);
 */
export function useProgressStep(service: LedgerService, check: CheckSummary | null, onError: (error: unknown) => void): [ProgressStepState, ProgressStepActions] {
  const initial: ProgressStepState = { sheets: [], files: [], fileProblems: [], asOf: endOfLastMonth(new Date()), resolutions: {}, outcome: null, busy: false };
  const [state, stateRef, update] = usePatchedState<ProgressStepState>(initial);
  const suggested = useRef(false);

  const toggleSheet = useCallback(
    (sheet: string, chosen: boolean) => {
      const others = stateRef.current.sheets.filter((name) => name !== sheet);
      update({ sheets: chosen ? [...others, sheet] : others });
    },
    [stateRef, update],
  );

  const suggestSheets = useCallback(
    (sheets: string[]) => {
      if (suggested.current) return;
      suggested.current = true;
      update({ sheets: sheets.filter((name) => PROGRESS_SHEET_NAME.test(name)) });
    },
    [update],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      const add = service.addProgressFile;
      if (!add) return;
      update({ busy: true });
      try {
        const added: ProgressFile[] = [];
        const problems: Problem[] = [];
        for (const file of files) {
          const result = await add.call(service, file.name, await file.arrayBuffer());
          if (result.file) added.push(result.file);
          problems.push(...result.problems);
        }
        update({ files: [...stateRef.current.files, ...added], fileProblems: problems, busy: false });
      } catch (error) {
        update({ busy: false });
        onError(error);
      }
    },
    [stateRef, service, update, onError],
  );

  const removeFile = useCallback((id: string) => update({ files: stateRef.current.files.filter((file) => file.id !== id) }), [stateRef, update]);
  const changeAsOf = useCallback((asOf: string) => update({ asOf }), [update]);
  const resolve = useCallback((rowKey: string, taskId: string | null) => update({ resolutions: { ...stateRef.current.resolutions, [rowKey]: taskId } }), [stateRef, update]);

  const run = useCallback(async () => {
    const build = service.buildProgress;
    if (!build || !check) return;
    const { asOf, sheets, files, resolutions } = stateRef.current;
    update({ busy: true });
    try {
      const outcome = await build.call(service, { check, asOf, sheets, fileIds: files.map((file) => file.id), resolutions });
      update({ outcome, busy: false });
    } catch (error) {
      update({ busy: false });
      onError(error);
    }
  }, [stateRef, service, check, update, onError]);

  return [state, { toggleSheet, suggestSheets, addFiles, removeFile, changeAsOf, resolve, run }];
}
