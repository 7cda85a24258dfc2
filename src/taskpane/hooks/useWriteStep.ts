import { useCallback } from "react";
import { usePatchedState } from "./usePatchedState";
import type { LedgerPlan, LedgerService, LedgerWritten, ProgressOutcome } from "../services/ledgerService";
import type { Language } from "../../domain/language";

export interface WriteStepState {
  plan: LedgerPlan | null;
  written: LedgerWritten | null;
  busy: boolean;
  /** The plan would overwrite the clerk's edits: the pane asks first. */
  confirmOverwrite: boolean;
  /** Step 2 shows errors: the pane asks before writing. */
  confirmErrors: boolean;
  /** The outcomes the plan and the written ledger were made from. */
  planFrom: ProgressOutcome | null;
  writtenFrom: ProgressOutcome | null;
}

export interface WriteStepActions {
  preview(): Promise<void>;
  /** Write, or ask first when step 2 shows errors or the clerk's edits would be overwritten. */
  write(): Promise<void>;
  confirmOverwrite(): Promise<void>;
  cancelOverwrite(): void;
  confirmErrors(): Promise<void>;
  /** Write again from a newer outcome (settings changed after writing): the workbook then holds what the pane shows. */
  rewrite(outcome: ProgressOutcome): Promise<void>;
}

/**
 * State and actions of step 3 (生成台账): the preview, writing (asking first when step 2 shows errors or hand edits
 * would be overwritten), the circular's paragraph. `written` and `plan` belong to the outcome they were made from:
 * `writtenStale` / `planStale` say when step 2's outcome changed since. The sheets are written in the pane's language.
 * @example const [ledger, actions, { writtenStale }] = useWriteStep(service, progress, "zh", setError);
 */
export function useWriteStep(
  service: LedgerService,
  progress: ProgressOutcome | null,
  lang: Language,
  onError: (error: unknown) => void,
): [WriteStepState, WriteStepActions, { writtenStale: boolean; planStale: boolean }] {
  const initial: WriteStepState = { plan: null, written: null, busy: false, confirmOverwrite: false, confirmErrors: false, planFrom: null, writtenFrom: null };
  const [state, stateRef, update] = usePatchedState<WriteStepState>(initial);

  const preview = useCallback(async () => {
    const plan = service.planLedger;
    if (!plan || !progress) return;
    update({ busy: true });
    try {
      const planned = await plan.call(service, progress, lang);
      update({ plan: planned, planFrom: progress, busy: false });
    } catch (error) {
      update({ busy: false });
      onError(error);
    }
  }, [service, progress, lang, update, onError]);

  const writeFrom = useCallback(
    async (outcome: ProgressOutcome | null) => {
      const writeLedger = service.writeLedger;
      if (!writeLedger || !outcome) return;
      update({ busy: true, confirmOverwrite: false, confirmErrors: false });
      try {
        const written = await writeLedger.call(service, outcome, lang);
        update({ written, writtenFrom: outcome, busy: false });
      } catch (error) {
        update({ busy: false });
        onError(error);
      }
    },
    [service, lang, update, onError],
  );
  const writeNow = useCallback(() => writeFrom(progress), [writeFrom, progress]);

  const afterErrors = useCallback(async () => {
    const plan = stateRef.current.plan;
    if (plan && plan.wouldOverwrite.length > 0) {
      update({ confirmOverwrite: true, confirmErrors: false });
      return;
    }
    await writeNow();
  }, [stateRef, update, writeNow]);

  const write = useCallback(async () => {
    if (progress && progress.problems.some((problem) => problem.severity === "error")) {
      update({ confirmErrors: true });
      return;
    }
    await afterErrors();
  }, [progress, update, afterErrors]);

  const cancelOverwrite = useCallback(() => update({ confirmOverwrite: false, confirmErrors: false }), [update]);

  const writtenStale = state.written !== null && state.writtenFrom !== progress;
  const planStale = state.plan !== null && state.planFrom !== progress;
  return [state, { preview, write, confirmOverwrite: writeNow, cancelOverwrite, confirmErrors: afterErrors, rewrite: writeFrom }, { writtenStale, planStale }];
}
