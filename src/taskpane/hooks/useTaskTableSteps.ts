import { useCallback, useEffect } from "react";
import type { LedgerService } from "../services/ledgerService";
import { useCheckStep } from "./useCheckStep";
import { useImportStep } from "./useImportStep";

/**
 * The two steps that give the pane its task table, wired together: the check (检查分工) reads the workbook's sheets
 * when the pane opens, and the pane starts at the import (从文本导入) when the workbook has none; a task sheet created
 * by the import is checked at once.
 * @example const { check, checkActions, imported, importActions } = useTaskTableSteps(service, "任务分解表", setError, setStep);
 */
export function useTaskTableSteps(service: LedgerService, defaultSheetName: string, onError: (error: unknown) => void, showStep: (step: "check" | "import") => void) {
  const [check, checkActions] = useCheckStep(service, onError);
  const onCreated = useCallback(
    async (sheet: string) => {
      showStep("check");
      await checkActions.load(sheet);
      await checkActions.run(sheet);
    },
    [checkActions, showStep],
  );
  const [imported, importActions] = useImportStep(service, defaultSheetName, onCreated, onError);

  const { load } = checkActions;
  useEffect(() => {
    void load().then((sheet) => {
      if (sheet === null) showStep("import");
    });
  }, [load, showStep]);
  return { check, checkActions, imported, importActions };
}
