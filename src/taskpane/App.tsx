import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Button, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { LedgerService } from "./services/ledgerService";
import type { Language } from "./strings/languageFromLocale";
import { stringsFor } from "./strings/stringsFor";
import { StringsContext } from "./strings/useStrings";
import { useCellSelection } from "./hooks/useCellSelection";
import { useCheckStep } from "./hooks/useCheckStep";
import { useImportStep } from "./hooks/useImportStep";
import { useProgressStep } from "./hooks/useProgressStep";
import { useWriteStep } from "./hooks/useWriteStep";
import { useSettingsStep } from "./hooks/useSettingsStep";
import { CheckStep } from "./components/CheckStep";
import { ImportTextStep } from "./components/ImportTextStep";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { ProgressStep } from "./components/ProgressStep";
import { WriteStep } from "./components/WriteStep";
import { SettingsPanel } from "./components/SettingsPanel";
import { isSettingsSheetName } from "../domain/settings/settingsFromSheet";

const useStyles = makeStyles({
  root: { boxSizing: "border-box", maxWidth: "960px", margin: "0 auto", padding: "8px 12px 24px 12px", display: "flex", flexDirection: "column", gap: "8px", overflowX: "hidden" },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  topActions: { display: "flex", alignItems: "center", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  // Four steps on one line at task-pane width (~350 px); scrolls sideways only if a font is much wider.
  tabs: { flexWrap: "nowrap", overflowX: "auto", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, marginBottom: "4px" },
  tab: { paddingLeft: "4px", paddingRight: "4px", flexShrink: 0 },
});

/** Sheets the add-in writes (台账 2009-10, 通报汇总 2009-10): never a progress source. */
const PRODUCT_SHEET = /^(?:台账|通报汇总)/;

export type StepId = "import" | "check" | "progress" | "write" | "settings";

export interface AppProps {
  service: LedgerService;
  lang: Language;
  /** Present on the standalone page: shows the 中文/English switch. */
  onLanguageChange?: (lang: Language) => void;
  /** Shown under the title (the standalone page's workbook bar). */
  header?: ReactNode;
  /** Standalone page: download the workbook with what was written. */
  onDownload?: () => void;
}

/**
 * The task pane: 从文本导入, 1 检查分工, 2 导入进展, 3 生成台账. Runs inside Excel (officeLedgerService)
 * and on the standalone page (fileLedgerService); everything it knows of the workbook comes from `service`.
 * @example createRoot(container).render(<App service={officeLedgerService()} lang="zh" />)
 */
export function App({ service, lang, onLanguageChange, header, onDownload }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(lang);
  const context = useMemo(() => ({ lang, strings }), [lang, strings]);
  const [step, setStep] = useState<StepId>("check");
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)), []);

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
  const [imported, importActions] = useImportStep(service, strings.importText.defaultSheetName, onCreated, onError);
  const [progress, progressActions] = useProgressStep(service, report, onError);
  const [ledger, ledgerActions] = useWriteStep(service, progress.outcome, lang, onError);
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

  // Progress may be in any other sheet, except the ledgers and summaries the add-in wrote.
  const candidateSheets = check.sheets.filter(
    (sheet) => sheet !== report?.sheet && sheet !== report?.rosterSheet && !PRODUCT_SHEET.test(sheet) && !isSettingsSheetName(sheet),
  );
  const selectStep = (next: StepId) => {
    setStep(next);
    if (next === "check") void checkActions.load();
    if (next === "progress") progressActions.suggestSheets(candidateSheets);
    if (next === "write") void ledgerActions.preview();
    if (next === "settings") void settingsActions.load();
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <StringsContext.Provider value={context}>
        <main className={styles.root}>
          <div className={styles.top}>
            <h1 className={styles.title}>{strings.appTitle}</h1>
            <div className={styles.topActions}>
              {/* Not a fifth tab: four steps and the settings would not fit the pane's width on one line. */}
              <Button size="small" appearance={step === "settings" ? "primary" : "subtle"} aria-pressed={step === "settings"} data-step="settings" onClick={() => selectStep("settings")}>
                {strings.steps.settings}
              </Button>
              {onLanguageChange && <LanguageSwitch value={lang} onChange={onLanguageChange} />}
            </div>
          </div>
          {header}
          <TabList className={styles.tabs} size="small" selectedValue={step} onTabSelect={(_, data) => selectStep(data.value as StepId)}>
            <Tab className={styles.tab} value="import" data-step="import">
              {strings.steps.importText}
            </Tab>
            <Tab className={styles.tab} value="check" data-step="check">
              {strings.steps.check}
            </Tab>
            <Tab className={styles.tab} value="progress" data-step="progress">
              {strings.steps.progress}
            </Tab>
            <Tab className={styles.tab} value="write" data-step="write">
              {strings.steps.write}
            </Tab>
          </TabList>
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{strings.unexpectedError(error)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setError(null)}>
                  {strings.close}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {step === "import" && (
            <ImportTextStep
              text={imported.text}
              onTextChange={importActions.changeText}
              fileName={imported.fileName}
              fileProblems={imported.fileProblems}
              onFile={(file) => void importActions.pickFile(file)}
              busy={imported.busy}
              onRun={() => void importActions.run()}
              outcome={imported.outcome}
              sheetName={imported.sheetName}
              onSheetNameChange={importActions.changeSheetName}
              creating={imported.creating}
              onCreate={() => void importActions.create()}
              confirmReplace={imported.confirmReplace}
              onConfirmReplace={() => void importActions.confirmReplace()}
              onCancelReplace={importActions.cancelReplace}
            />
          )}
          {step === "check" && (
            <CheckStep
              sheets={check.sheets}
              sheet={check.sheet}
              onSheetChange={(sheet) => void checkActions.changeSheet(sheet)}
              detected={check.detected}
              columns={check.columns}
              onColumnChange={checkActions.changeColumn}
              busy={check.busy}
              onRun={() => void checkActions.run()}
              outcome={check.outcome}
              selection={selection}
              onSelectProblem={(problem) => void selectProblem(problem)}
              canSelectProblem={canSelectProblem}
              showsCells={service.host === "browser"}
            />
          )}
          {step === "progress" && (
            <ProgressStep
              available={Boolean(service.buildProgress)}
              check={report}
              candidateSheets={candidateSheets}
              chosenSheets={progress.sheets}
              onToggleSheet={progressActions.toggleSheet}
              canAddFiles={Boolean(service.addProgressFile)}
              files={progress.files}
              fileProblems={progress.fileProblems}
              onAddFiles={(files) => void progressActions.addFiles(files)}
              onRemoveFile={progressActions.removeFile}
              asOf={progress.asOf}
              onAsOfChange={progressActions.changeAsOf}
              busy={progress.busy}
              onRun={() => void progressActions.run()}
              outcome={progress.outcome}
              resolutions={progress.resolutions}
              onResolve={progressActions.resolve}
              selection={selection}
              onSelectProblem={(problem) => void selectProblem(problem)}
              canSelectProblem={canSelectProblem}
              showsCells={service.host === "browser"}
            />
          )}
          {step === "write" && (
            <WriteStep
              available={Boolean(service.planLedger && service.writeLedger)}
              host={service.host}
              plan={ledger.plan}
              hasProgress={progress.outcome !== null}
              busy={ledger.busy}
              onWrite={() => void ledgerActions.write()}
              written={ledger.written}
              confirmOverwrite={ledger.confirmOverwrite}
              onConfirmOverwrite={() => void ledgerActions.confirmOverwrite()}
              onCancelOverwrite={ledgerActions.cancelOverwrite}
              onDownload={onDownload}
            />
          )}
          {step === "settings" && (
            <SettingsPanel
              available={Boolean(service.readSettings && service.saveSettings)}
              current={settings.current}
              draft={settings.draft}
              fieldProblems={settingsFieldProblems}
              busy={settings.busy}
              saved={settings.saved}
              onChange={settingsActions.change}
              onReset={settingsActions.reset}
              onSave={() => void settingsActions.save()}
              {...(service.selfTest ? { onSelfTest: service.selfTest } : {})}
            />
          )}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
