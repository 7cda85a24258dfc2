import { Suspense, useCallback, useMemo, useState, type ReactNode } from "react";
import { FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Button, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { LedgerService } from "./services/ledgerService";
import type { Language } from "../domain/language";
import { stringsFor } from "./strings/stringsFor";
import { StringsContext } from "./strings/useStrings";
import { useAppSteps, type StepId } from "./hooks/useAppSteps";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { StepView } from "./StepView";
import { lazyNamedExport } from "./lazyNamedExport";

/** The question before a download of out-of-date results: fetched when asked, not with the pane. */
const ConfirmDialog = lazyNamedExport(() => import(/* webpackChunkName: "confirm-dialog" */ "./components/ConfirmDialog"), "ConfirmDialog");

export type { StepId } from "./hooks/useAppSteps";

const useStyles = makeStyles({
  root: { boxSizing: "border-box", maxWidth: "960px", margin: "0 auto", padding: "8px 12px 24px 12px", display: "flex", flexDirection: "column", gap: "8px", overflowX: "hidden" },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  topActions: { display: "flex", alignItems: "center", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  // Four steps on one line at task-pane width (~350 px); scrolls sideways only if a font is much wider.
  tabs: { flexWrap: "nowrap", overflowX: "auto", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, marginBottom: "4px" },
  tab: { paddingLeft: "4px", paddingRight: "4px", flexShrink: 0 },
});

export interface AppProps {
  service: LedgerService;
  lang: Language;
  /** Present on the standalone page: shows the 中文/English switch. */
  onLanguageChange?: (lang: Language) => void;
  /** Shown under the title (the standalone page's workbook bar); a function is given the guarded download. */
  header?: ReactNode | ((download: () => void) => ReactNode);
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
  const steps = useAppSteps(service, lang, strings.importText.defaultSheetName);
  const { step, selectStep, error, resultsStale, refresh } = steps;
  // A download always holds what the screen shows: while results are out of date it asks to recompute first.
  const [askDownload, setAskDownload] = useState(false);
  const download = useCallback(() => {
    if (!onDownload) return;
    if (resultsStale) setAskDownload(true);
    else onDownload();
  }, [onDownload, resultsStale]);
  const recomputeThenDownload = useCallback(async () => {
    setAskDownload(false);
    if ((await refresh()) && onDownload) onDownload();
  }, [refresh, onDownload]);

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
          {typeof header === "function" ? header(download) : header}
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
                <Button size="small" onClick={steps.clearError}>
                  {strings.close}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <StepView steps={steps} service={service} onDownload={onDownload ? download : undefined} />
          {askDownload && (
            <Suspense fallback={null}>
              <ConfirmDialog
                open
                title={strings.write.downloadStaleTitle}
                body={strings.write.downloadStaleBody}
                confirmLabel={strings.write.recomputeAndDownload}
                onConfirm={() => void recomputeThenDownload()}
                onCancel={() => setAskDownload(false)}
              />
            </Suspense>
          )}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
