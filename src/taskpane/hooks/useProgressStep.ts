import { useCallback, useRef } from "react";
import { usePatchedState } from "./usePatchedState";
import { asOfProblems } from "../../domain/progress/asOfProblems";
import type { Problem } from "../../domain/problem";
import type { CheckSummary, LedgerService, ProgressOutcome } from "../services/ledgerService";
import { useProgressSources, type ProgressSourcesActions, type ProgressSourcesState } from "./useProgressSources";
import { endOfLastMonth } from "../endOfLastMonth";

export interface ProgressStepState extends ProgressSourcesState {
  /** Row key → task id (null: not counted). */
  resolutions: Record<string, string | null>;
  /** Row keys whose remembered assignment (按上月对应) the clerk undid. */
  forgotten: string[];
  outcome: ProgressOutcome | null;
  /** The inputs the outcome was computed from (see `inputsKey`): differs from the current ones when stale. */
  outcomeKey: string | null;
  /** Warnings about the as-of date waiting for the clerk's confirmation before computing. */
  asOfWarnings: Problem[];
}

export interface ProgressStepActions extends ProgressSourcesActions {
  changeAsOf(asOf: string): void;
  resolve(rowKey: string, taskId: string | null): void;
  /** Undo the clerk's assignment of a row, or the one remembered from last month (then forgotten): it is matched by the engine again at the next run. */
  unresolve(rowKey: string): void;
  /**
   * Compute; asks first (asOfWarnings) when the as-of date is outside the plan's year or after every deadline.
   * `context` names the task table and settings the outcome is for when they changed in this same event (new settings).
   * `confirmChanged`: the clerk chose the new figures of changed recorded reports (kept for later runs).
   */
  run(options?: { confirmed?: boolean; confirmChanged?: boolean; context?: string }): Promise<ProgressOutcome | null>;
  cancelRun(): void;
}

/** The inputs an outcome depends on besides `context` (task table, settings): a changed key makes it stale. */
function inputsKey(state: Pick<ProgressStepState, "asOf" | "sheets" | "files" | "resolutions" | "forgotten">, context: string): string {
  const resolutions = Object.entries(state.resolutions).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([context, state.asOf, [...state.sheets].sort(), state.files.map((file) => file.id), resolutions, [...state.forgotten].sort()]);
}

/**
 * State and actions of step 2 (导入进展): sources (useProgressSources: those that look like progress ticked), the
 * as-of date (from the plan's year and the reports' latest period), the clerk's assignments of rows (changeable, undoable), the
 * outcome, and whether the outcome is out of date (`stale`: the as-of date, sources, assignments, the task table
 * or the settings changed since; `context` names the last two).
 * @example const [progress, actions, stale] = useProgressStep(service, check.outcome?.report ?? null, setError, contextKey);
 */
export function useProgressStep(service: LedgerService, check: CheckSummary | null, onError: (error: unknown) => void, context = ""): [ProgressStepState, ProgressStepActions, boolean] {
  const initial: ProgressStepState = { candidates: null, sheets: [], files: [], fileProblems: [], asOf: endOfLastMonth(new Date()), asOfFrom: "today", resolutions: {}, forgotten: [], outcome: null, outcomeKey: null, asOfWarnings: [], busy: false };
  const [state, stateRef, update] = usePatchedState<ProgressStepState>(initial);
  // An as-of date the clerk confirmed despite the warnings is not asked about again.
  const confirmedAsOf = useRef<string | null>(null);
  // The clerk chose the new figures of changed recorded reports (报送记录): not asked again.
  const confirmedChanged = useRef(false);

  const sources = useProgressSources(service, check, stateRef, update, onError);
  const changeAsOf = useCallback((asOf: string) => update({ asOf, asOfFrom: null, asOfWarnings: [] }), [update]);
  // A choice made after an undo replaces the undo.
  const resolve = useCallback(
    (rowKey: string, taskId: string | null) => update({ resolutions: { ...stateRef.current.resolutions, [rowKey]: taskId }, forgotten: stateRef.current.forgotten.filter((key) => key !== rowKey) }),
    [stateRef, update],
  );
  const unresolve = useCallback(
    (rowKey: string) => {
      // The clerk's choice is undone and so is any remembered one (对应记录): the row is matched by the engine again
      // at the next run, and forgotten there, whether it was chosen this time or remembered from last month.
      const current = stateRef.current;
      const resolutions = { ...current.resolutions };
      delete resolutions[rowKey];
      update({ resolutions, forgotten: current.forgotten.includes(rowKey) ? current.forgotten : [...current.forgotten, rowKey] });
    },
    [stateRef, update],
  );

  const run = useCallback(
    async (options: { confirmed?: boolean; confirmChanged?: boolean; context?: string } = {}): Promise<ProgressOutcome | null> => {
      const build = service.buildProgress;
      if (!build || !check) return null;
      const current = stateRef.current;
      if (options.confirmed === true) confirmedAsOf.current = current.asOf;
      if (options.confirmChanged === true) confirmedChanged.current = true;
      const warnings = confirmedAsOf.current === current.asOf ? [] : asOfProblems(current.asOf, check.tasks);
      if (warnings.length > 0) {
        update({ asOfWarnings: warnings });
        return null;
      }
      const { asOf, sheets, files, resolutions, forgotten } = current;
      const key = inputsKey(current, options.context ?? context);
      update({ busy: true, asOfWarnings: [] });
      try {
        const outcome = await build.call(service, { check, asOf, sheets, fileIds: files.map((file) => file.id), resolutions, forgotten, ...(confirmedChanged.current ? { confirmChanged: true } : {}) });
        update({ outcome, outcomeKey: key, busy: false });
        return outcome;
      } catch (error) {
        update({ busy: false });
        onError(error);
        return null;
      }
    },
    [stateRef, service, check, update, onError, context],
  );
  const cancelRun = useCallback(() => update({ asOfWarnings: [] }), [update]);

  const stale = state.outcome !== null && state.outcomeKey !== inputsKey(state, context);
  return [state, { ...sources, changeAsOf, resolve, unresolve, run, cancelRun }, stale];
}
