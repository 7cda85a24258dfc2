import { useCallback, useState } from "react";
import type { Problem, Result } from "../domain/problem";
import { App } from "./App";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { ProblemList } from "./components/ProblemList";
import { StandaloneWelcome } from "./components/StandaloneWelcome";
import { WorkbookBar } from "./components/WorkbookBar";
import type { LedgerService, WorkbookDownload } from "./services/ledgerService";
import type { Language } from "../domain/language";
import { stringsFor } from "./strings/stringsFor";
import { useWarnBeforeLeaving } from "./hooks/useWarnBeforeLeaving";

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
  const [lang, setLang] = useState<Language>(initialLang);
  const strings = stringsFor(lang);
  const [opened, setOpened] = useState<{ service: OpenedWorkbook; version: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  // Another file chosen while this workbook holds work not downloaded: asked about first (undefined: nothing asked).
  const [pendingOpen, setPendingOpen] = useState<{ file: File | null } | undefined>(undefined);

  useWarnBeforeLeaving(opened?.service);

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
        header={(guardedDownload) => (
          <>
            <WorkbookBar workbookName={opened.service.workbookName} onOpen={openChecked} onDownload={guardedDownload} busy={busy} />
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
        )}
      />
    );
  }

  return <StandaloneWelcome lang={lang} onLanguageChange={setLang} busy={busy} problems={problems} onOpen={(file) => void open(file)} />;
}
