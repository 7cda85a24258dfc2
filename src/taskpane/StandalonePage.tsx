import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Problem, Result } from "../domain/problem";
import { App } from "./App";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { FilePickerButton } from "./components/FilePickerButton";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { ProblemList } from "./components/ProblemList";
import { WorkbookBar } from "./components/WorkbookBar";
import type { LedgerService, WorkbookDownload } from "./services/ledgerService";
import type { Language } from "../domain/language";
import { stringsFor } from "./strings/stringsFor";
import { StringsContext } from "./strings/useStrings";

const useStyles = makeStyles({
  root: { boxSizing: "border-box", maxWidth: "960px", margin: "0 auto", padding: "8px 12px 24px 12px", display: "flex", flexDirection: "column", gap: "12px" },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "8px" },
});

/** A workbook opened on the page: the service App uses, and the download of its current state. */
export type OpenedWorkbook = LedgerService & { download(): Promise<WorkbookDownload> };

export interface StandalonePageProps {
  initialLang: Language;
  /** Open a file (or a blank workbook for null); the standalone entry loads ExcelJS lazily behind this. */
  openWorkbook: (file: File | null, blankName: string) => Promise<Result<OpenedWorkbook>>;
  /** Save a download (the browser's download in the page; a recorder in tests). */
  onSave: (download: WorkbookDownload) => void;
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "") || "workbook";
}

/**
 * The standalone page: open an .xlsx/.csv (or start blank), then the same App as in Excel, with the
 * workbook's name, another file, the download, and the 中文/English switch.
 * @example <StandalonePage initialLang="zh" openWorkbook={openFile} onSave={saveDownload} />
 */
export function StandalonePage({ initialLang, openWorkbook, onSave }: StandalonePageProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(initialLang);
  const strings = stringsFor(lang);
  const context = useMemo(() => ({ lang, strings }), [lang, strings]);
  const [opened, setOpened] = useState<{ service: OpenedWorkbook; version: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  // Another file chosen while this workbook holds work not downloaded: asked about first (undefined: nothing asked).
  const [pendingOpen, setPendingOpen] = useState<{ file: File | null } | undefined>(undefined);

  // Leaving the page (closing the tab, reloading) with work not downloaded: the browser asks first.
  useEffect(() => {
    const service = opened?.service;
    if (!service?.hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!service.hasUnsavedChanges?.()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [opened]);

  const open = useCallback(
    async (file: File | null) => {
      setBusy(true);
      setProblems([]);
      try {
        const result = await openWorkbook(file, strings.standalone.blankName);
        if (result.ok) setOpened((previous) => ({ service: result.value, version: (previous?.version ?? 0) + 1 }));
        else setProblems(result.problems);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setProblems([{ code: "unreadable-file", severity: "error", file: file?.name, message: strings.unexpectedError(reason), messageEn: stringsFor("en").unexpectedError(reason) }]);
      } finally {
        setBusy(false);
      }
    },
    [openWorkbook, strings],
  );

  const openChecked = useCallback(
    (file: File | null) => {
      if (opened?.service.hasUnsavedChanges?.()) setPendingOpen({ file });
      else void open(file);
    },
    [opened, open],
  );

  const download = useCallback(async () => {
    if (!opened) return;
    const saved = await opened.service.download();
    onSave({ fileName: strings.standalone.resultName(baseName(saved.fileName)), bytes: saved.bytes });
  }, [opened, onSave, strings]);

  if (opened) {
    return (
      <App
        key={opened.version}
        service={opened.service}
        lang={lang}
        onLanguageChange={setLang}
        onDownload={() => void download()}
        header={
          <>
            <WorkbookBar workbookName={opened.service.workbookName} onOpen={openChecked} onDownload={() => void download()} busy={busy} />
            {problems.length > 0 && <ProblemList problems={problems} />}
            <ConfirmDialog
              open={pendingOpen !== undefined}
              title={strings.standalone.unsavedTitle}
              body={strings.standalone.unsavedBody}
              confirmLabel={strings.standalone.openAnyway}
              onConfirm={() => {
                const file = pendingOpen?.file ?? null;
                setPendingOpen(undefined);
                void open(file);
              }}
              onCancel={() => setPendingOpen(undefined)}
            />
          </>
        }
      />
    );
  }

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <StringsContext.Provider value={context}>
        <main className={styles.root}>
          <div className={styles.top}>
            <h1 className={styles.title}>{strings.appTitle}</h1>
            <LanguageSwitch value={lang} onChange={setLang} />
          </div>
          <p className={styles.intro}>{strings.standalone.intro}</p>
          <div className={styles.actions}>
            <FilePickerButton appearance="primary" accept=".xlsx,.csv" onFiles={([file]) => void open(file)} disabled={busy} inputTestId="open-workbook">
              {strings.standalone.openFile}
            </FilePickerButton>
            <Button onClick={() => void open(null)} disabled={busy} data-testid="start-blank">
              {strings.standalone.startBlank}
            </Button>
            {busy && <Spinner size="tiny" label={strings.standalone.opening} />}
          </div>
          {problems.length > 0 && <ProblemList problems={problems} />}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
