import { useCallback } from "react";
import { usePatchedState } from "./usePatchedState";
import type { LedgerPlan, LedgerService, LedgerWritten, ProgressOutcome } from "../services/ledgerService";
import type { Language } from "../strings/languageFromLocale";

export interface WriteStepState {
  plan: LedgerPlan | null;
  written: LedgerWritten | null;
  busy: boolean;
  /** The plan would overwrite the clerk's edits: the pane asks first. */
  confirmOverwrite: boolean;
}

export interface WriteStepActions {
  preview(): Promise<void>;
  /** Write, or ask first when the clerk's edits would be overwritten. */
  write(): Promise<void>;
  confirmOverwrite(): Promise<void>;
  cancelOverwrite(): void;
}

/**
 * State and actions of step 3 (生成台账): the preview of the counts, writing, the circular's paragraph.
 * The sheets are written in the pane's language.
 * @example const [ledger, actions] = useWriteStep(service, progress, "zh", setError); await actions.preview();
 */
export function useWriteStep(
  service: LedgerService,
  progress: ProgressOutcome | null,
  lang: Language,
  onError: (error: unknown) => void,
): [WriteStepState, WriteStepActions] {
  const initial: WriteStepState = { plan: null, written: null, busy: false, confirmOverwrite: false };
  const [state, stateRef, update] = usePatchedState<WriteStepState>(initial);

  const preview = useCallback(async () => {
    const plan = service.planLedger;
    if (!plan || !progress) return;
    update({ busy: true, written: null });
    try {
      update({ plan: await plan.call(service, progress, lang), busy: false });
    } catch (error) {
      update({ busy: false });
      onError(error);
    }
  }, [service, progress, lang, update, onError]);

  const writeNow = useCallback(async () => {
    const writeLedger = service.writeLedger;
    if (!writeLedger || !progress) return;
    update({ busy: true, confirmOverwrite: false });
    try {
      update({ written: await writeLedger.call(service, progress, lang), busy: false });
    } catch (error) {
      update({ busy: false });
      onError(error);
    }
  }, [service, progress, lang, update, onError]);

  const write = useCallback(async () => {
    const plan = stateRef.current.plan;
    if (plan && plan.wouldOverwrite.length > 0) {
      update({ confirmOverwrite: true });
      return;
    }
    await writeNow();
  }, [stateRef, update, writeNow]);

  const cancelOverwrite = useCallback(() => update({ confirmOverwrite: false }), [update]);

  return [state, { preview, write, confirmOverwrite: writeNow, cancelOverwrite }];
}
