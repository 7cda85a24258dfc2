import { useCallback } from "react";
import { usePatchedState } from "./usePatchedState";
import type { ImportChoices, ImportOutcome, LedgerService } from "../services/ledgerService";
import type { Problem } from "../../domain/problem";
import { useTaskSheetCreation, type TaskSheetCreationActions } from "./useTaskSheetCreation";

export interface ImportStepState {
  text: string;
  /** Name of the file the text was read from, null when pasted. */
  fileName: string | null;
  /** Problems reading the file (not the text's problems, which are in `outcome`). */
  fileProblems: Problem[];
  outcome: ImportOutcome | null;
  /** The clerk's level and reading of unmarked lists (empty until chosen: the document's own, first-listed). */
  choices: ImportChoices;
  busy: boolean;
  sheetName: string;
  /** The name exists already: the pane asks before replacing it. */
  confirmReplace: boolean;
  creating: boolean;
}

export interface ImportStepActions extends TaskSheetCreationActions {
  changeText(text: string): void;
  pickFile(file: File): Promise<void>;
  run(): Promise<void>;
  /** Read the document again at another level, or with the other reading of unmarked lists (the whole document). */
  choose(choices: ImportChoices): Promise<void>;
}

/**
 * State and actions of the 从文本导入 step: paste or pick a document, preview the tasks (at the level and with the
 * reading of unmarked lists the clerk chooses), create the sheet (useTaskSheetCreation).
 * `onCreated(sheet)` runs after the sheet is written (App goes on to the check).
 * @example const [imported, actions] = useImportStep(service, "任务分解表", (sheet) => goToCheck(sheet), setError);
 */
export function useImportStep(
  service: LedgerService,
  defaultSheetName: string,
  onCreated: (sheet: string) => void,
  onError: (error: unknown) => void,
): [ImportStepState, ImportStepActions] {
  const initial: ImportStepState = { text: "", fileName: null, fileProblems: [], outcome: null, choices: {}, busy: false, sheetName: defaultSheetName, confirmReplace: false, creating: false };
  const [state, stateRef, update] = usePatchedState<ImportStepState>(initial);

  const changeText = useCallback((text: string) => update({ text, fileName: null, fileProblems: [], outcome: null, choices: {} }), [update]);

  const recognise = useCallback(
    async (text: string, fileName: string | null) => {
      update({ busy: true });
      try {
        const { choices } = stateRef.current;
        const outcome = await service.importText(text, fileName ?? undefined, choices);
        update({ outcome, busy: false });
      } catch (error) {
        update({ busy: false });
        onError(error);
      }
    },
    [stateRef, service, update, onError],
  );

  const pickFile = useCallback(
    async (file: File) => {
      update({ busy: true, outcome: null, fileProblems: [], choices: {} });
      try {
        const read = await service.readDocument(file.name, await file.arrayBuffer());
        update({ busy: false, fileName: file.name, fileProblems: read.problems, text: read.text ?? stateRef.current.text });
        if (read.text !== null) await recognise(read.text, file.name);
      } catch (error) {
        update({ busy: false });
        onError(error);
      }
    },
    [stateRef, service, update, recognise, onError],
  );

  const run = useCallback(() => recognise(stateRef.current.text, stateRef.current.fileName), [stateRef, recognise]);

  const choose = useCallback(
    async (choices: ImportChoices) => {
      update({ choices: { ...stateRef.current.choices, ...choices } });
      await recognise(stateRef.current.text, stateRef.current.fileName);
    },
    [stateRef, update, recognise],
  );

  const creation = useTaskSheetCreation(service, stateRef, update, onCreated, onError);

  return [state, { changeText, pickFile, run, choose, ...creation }];
}
