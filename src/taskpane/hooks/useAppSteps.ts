import { useCallback, useEffect, useState } from "react";
import { DEFAULT_SETTINGS } from "../../domain/evaluation";
import { progressSheetCandidates } from "../../domain/sheets/progressSheetCandidates";
import { PortRefusal } from "../../workbook/portRefusal";
import type { LedgerService } from "../services/ledgerService";
import type { Language } from "../strings/languageFromLocale";
import { useCellSelection } from "./useCellSelection";
import { useCheckStep } from "./useCheckStep";
import { useImportStep } from "./useImportStep";
import { useProgressStep } from "./useProgressStep";
import { useSettingsStep } from "./useSettingsStep";
import { useLoopActions } from "./useLoopActions";
import { useWriteStep } from "./useWriteStep";

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

  const [check, checkActions] = useCheckStep(service, onError);
  const report = check.outcome?.report ?? null;
  const onCreated = useCallback(
    async (sheet: string) => {
      setStep("check");
      await checkActions.load(sheet);
      await checkActions.run(sheet);
    },
    [checkActions],
  );
  const [imported, importActions] = useImportStep(service, defaultSheetName, onCreated, onError);
  const [progress, progressActions] = useProgressStep(service, report, onError);
  const [ledger, ledgerActions] = useWriteStep(service, progress.outcome, lang, onError);
  const [loop, loopActions] = useLoopActions(service, report, progress.outcome, progress.asOf, onError);
  const [selection, selectProblem, canSelectProblem] = useCellSelection(service, onError);
  // New settings apply at once: an outcome of step 2 is recomputed with them (step 3 previews from it).
  const hasOutcome = progress.outcome !== null;
  const recompute = useCallback(async () => {
    if (!hasOutcome) return false;
    await progressActions.run();
    return true;
  }, [hasOutcome, progressActions]);
  const [settings, settingsActions, settingsFieldProblems] = useSettingsStep(service, recompute, onError);

  const { load } = checkActions;
  useEffect(() => {
    void load().then((sheet) => {
      if (sheet === null) setStep("import");
    });
  }, [load]);

  // Progress may be in any other sheet, except the product's own (ledgers, summaries, 设置, by their configured names).
  const candidateSheets = progressSheetCandidates(check.sheets, {
    taskSheet: report?.sheet ?? null,
    rosterSheet: report?.rosterSheet ?? null,
    settings: settings.current?.settings ?? DEFAULT_SETTINGS,
  });
  const selectStep = (next: StepId) => {
    setStep(next);
    if (next === "check") void checkActions.load();
    if (next === "progress") progressActions.suggestSheets(candidateSheets);
    if (next === "write") void ledgerActions.preview();
    if (next === "settings") void settingsActions.load();
  };

  return {
    step,
    selectStep,
    error,
    clearError: () => setError(null),
    check,
    checkActions,
    report,
    imported,
    importActions,
    progress,
    progressActions,
    ledger,
    ledgerActions,
    loop,
    loopActions,
    selection,
    selectProblem,
    canSelectProblem,
    settings,
    settingsActions,
    settingsFieldProblems,
    candidateSheets,
  };
}

/** The pane's state and actions (useAppSteps). */
export type AppSteps = ReturnType<typeof useAppSteps>;
