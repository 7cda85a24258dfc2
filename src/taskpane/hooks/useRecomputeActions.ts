import { useCallback } from "react";
import type { ProgressOutcome } from "../services/ledgerService";

/** What recomputing needs from the steps: step 2's run, the write step's rewrite, and what is already there. */
export interface RecomputeInputs {
  runProgress: (request?: { confirmed?: boolean; context?: string }) => Promise<ProgressOutcome | null>;
  rewrite: (outcome: ProgressOutcome) => Promise<unknown>;
  hasOutcome: boolean;
  hasWritten: boolean;
  checkKey: string;
  settingsVersion: number;
  setSettingsVersion: (version: number) => void;
  /** Show step 2 (its as-of question) when recomputing stops there. */
  showProgress: () => void;
}

/**
 * The two ways results are brought up to date: `recompute` after new settings (step 2 recomputed with them and a
 * ledger already written written again), `refresh` when the results went out of date (the same, from the
 * current inputs). Each resolves false when step 2 did not recompute (its as-of date asks first).
 * @example const { recompute, refresh } = useRecomputeActions({ runProgress, rewrite, hasOutcome, hasWritten, checkKey, settingsVersion, setSettingsVersion, showProgress });
 */
export function useRecomputeActions(inputs: RecomputeInputs): { recompute: () => Promise<boolean>; refresh: () => Promise<boolean> } {
  const { runProgress, rewrite, hasOutcome, hasWritten, checkKey, settingsVersion, setSettingsVersion, showProgress } = inputs;
  const recompute = useCallback(async () => {
    const version = settingsVersion + 1;
    setSettingsVersion(version);
    if (!hasOutcome) return false;
    // The outcome is for the new settings: keyed with the version this render does not know yet, so it is not stale.
    const outcome = await runProgress({ confirmed: true, context: `${checkKey}|${version}` });
    if (outcome && hasWritten) await rewrite(outcome);
    return outcome !== null;
  }, [hasOutcome, hasWritten, runProgress, rewrite, settingsVersion, setSettingsVersion, checkKey]);
  const refresh = useCallback(async () => {
    const outcome = await runProgress();
    // The as-of date asks first (outside the plan's year): its question is in step 2.
    if (!outcome) {
      showProgress();
      return false;
    }
    if (hasWritten) await rewrite(outcome);
    return true;
  }, [runProgress, rewrite, hasWritten, showProgress]);
  return { recompute, refresh };
}
