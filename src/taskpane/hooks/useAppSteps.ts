import { useCallback, useMemo, useState } from "react";
import { DEFAULT_SETTINGS } from "../../domain/evaluation";
import { progressSheetCandidates } from "../../domain/sheets/progressSheetCandidates";
import { PortRefusal } from "../../workbook/portRefusal";
import type { LedgerService } from "../services/ledgerService";
import type { Language } from "../../domain/language";
import { useCellSelection } from "./useCellSelection";
import { useProgressStep } from "./useProgressStep";
import { useSettingsStep } from "./useSettingsStep";
import { useTaskTableSteps } from "./useTaskTableSteps";
import { useLoopActions } from "./useLoopActions";
import { useWriteStep } from "./useWriteStep";
import { useRecomputeActions } from "./useRecomputeActions";

export type StepId = "import" | "check" | "progress" | "write" | "settings";

/**
 * The pane's state: the step shown, the error bar, and each step's state and actions wired together (a created task
 * sheet is checked at once, new settings recompute step 2, the progress step suggests the candidate sheets).
 * @example const steps = useAppSteps(service, lang, strings.importText.defaultSheetName); steps.selectStep("progress");
 */
export function useAppSteps(service: LedgerService, lang: Language, defaultSheetName: string) {
  const [step, setStep] = useState<StepId>("check");
  const [error, setError] = useState<string | null>(null);
  // A refusal of the workbook (a sheet not the product's, an unreadable file) in the clerk's language.
  const onError = useCallback((cause: unknown) => setError(cause instanceof PortRefusal ? cause.text(lang) : cause instanceof Error ? cause.message : String(cause)), [lang]);

  const { check, checkActions, imported, importActions } = useTaskTableSteps(service, defaultSheetName, onError, setStep);
  const report = check.outcome?.report ?? null;
  // What step 2's outcome depends on besides its own inputs: the task table read and the settings saved.
  const [settingsVersion, setSettingsVersion] = useState(0);
  const checkKey = useMemo(() => (report ? JSON.stringify([report.sheet, report.tasks.map((task) => [task.id, task.title, task.leads, task.supporting, task.deadline])]) : ""), [report]);
  const [progress, progressActions, progressStale] = useProgressStep(service, report, onError, `${checkKey}|${settingsVersion}`);
  const [ledger, ledgerActions, { writtenStale, planStale }] = useWriteStep(service, progress.outcome, lang, onError);
  const [loop, loopActions] = useLoopActions(service, report, progress.outcome, progress.asOf, onError);
  const [selection, selectProblem, canSelectProblem] = useCellSelection(service, onError);
  // New settings apply at once: an outcome of step 2 is recomputed with them, and a ledger already written is
  // written again from it, so the workbook (and the page's download) holds what the pane shows.
  const hasOutcome = progress.outcome !== null;
  const hasWritten = ledger.written !== null;
  const showProgress = useCallback(() => setStep("progress"), []);
  const { recompute, refresh } = useRecomputeActions({
    runProgress: progressActions.run,
    rewrite: ledgerActions.rewrite,
    hasOutcome,
    hasWritten,
    checkKey,
    settingsVersion,
    setSettingsVersion,
    showProgress,
  });
  const [settings, settingsActions, settingsFieldProblems] = useSettingsStep(service, recompute, onError);
  // Results out of date (step 2's inputs changed, or the ledger written came from an earlier outcome): writing and
  // downloading wait for `refresh`, which recomputes step 2 and writes the ledger again when one was written.
  const resultsStale = progressStale || writtenStale;

  // Progress may be in any other sheet, except the product's own (ledgers, summaries, 设置, by name and content).
  const candidateSheets =
    progress.candidates ??
    progressSheetCandidates(check.sheets, {
      taskSheet: report?.sheet ?? null,
      rosterSheet: report?.rosterSheet ?? null,
      settings: settings.current?.settings ?? DEFAULT_SETTINGS,
    });
  const selectStep = (next: StepId) => {
    setStep(next);
    if (next === "check") void checkActions.load();
    if (next === "progress") void progressActions.prepare();
    if (next === "write") void ledgerActions.preview();
    if (next === "settings") void settingsActions.load();
  };

  return {
    // Each step's state and actions, as named above.
    step, selectStep, error, check, checkActions, report, imported, importActions, progress, progressActions,
    ledger, ledgerActions, loop, loopActions, selection, selectProblem, canSelectProblem, settings, settingsActions, settingsFieldProblems,
    clearError: () => setError(null),
    candidateSheets,
    /** Step 2's outcome no longer matches its inputs (as-of date, sources, assignments, task table, settings). */
    progressStale,
    /** Step 2 or the ledger written is out of date: a download would not hold what the screen shows. */
    resultsStale,
    /** Recompute step 2 and write the ledger again when one was written; false when the as-of date asks first. */
    refresh,
    /** The ledger written (or previewed) came from an earlier outcome. */
    writtenStale,
    planStale,
  };
}

/** The pane's state and actions (useAppSteps). */
export type AppSteps = ReturnType<typeof useAppSteps>;
