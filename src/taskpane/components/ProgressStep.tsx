import { useState } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import type { CellSelection } from "../hooks/useCellSelection";
import type { CheckSummary, ProgressFile, ProgressOutcome } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";
import { FilePickerButton } from "./FilePickerButton";
import { ProblemList } from "./ProblemList";
import { ConfirmDialog } from "./ConfirmDialog";
import { ProgressOutcomeView } from "./ProgressOutcomeView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: "2px" },
  groupTitle: { margin: "4px 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  files: { margin: 0, padding: 0, listStyle: "none" },
  file: { display: "flex", alignItems: "center", gap: "8px", overflowWrap: "anywhere" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  date: { maxWidth: "220px" },
});

export interface ProgressStepProps {
  /** False until the progress engine is available. */
  available: boolean;
  /** The task table read in step 1 (null: check first). */
  check: CheckSummary | null;
  /** Sheets of the workbook that may hold progress (not the task table or the roster). */
  candidateSheets: string[];
  chosenSheets: string[];
  onToggleSheet: (sheet: string, chosen: boolean) => void;
  canAddFiles: boolean;
  files: ProgressFile[];
  fileProblems: Problem[];
  onAddFiles: (files: File[]) => void;
  onRemoveFile: (id: string) => void;
  asOf: string;
  /** Where the offered as-of date came from (null: the clerk typed it). */
  asOfFrom?: "reports" | "plan-year" | "today" | null;
  onAsOfChange: (asOf: string) => void;
  /** Warnings about the as-of date, asked about before computing. */
  asOfWarnings?: Problem[];
  onConfirmAsOf?: () => void;
  onCancelAsOf?: () => void;
  /** The outcome no longer matches the inputs: results out of date. */
  stale?: boolean;
  onUndo?: (rowKey: string) => void;
  busy: boolean;
  onRun: () => void;
  outcome: ProgressOutcome | null;
  resolutions: Record<string, string | null>;
  onResolve: (rowKey: string, taskId: string | null) => void;
  selection: CellSelection | null;
  onSelectProblem: (problem: Problem) => void;
  canSelectProblem: (problem: Problem) => boolean;
  /** The standalone page shows a clicked problem's cell in a sheet preview. */
  showsCells: boolean;
}

/** The separate progress files the clerk added, with the button to add more and their reading problems. */
function ProgressFiles({ files, fileProblems, onAddFiles, onRemoveFile, busy }: Pick<ProgressStepProps, "files" | "fileProblems" | "onAddFiles" | "onRemoveFile" | "busy">) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.group}>
      <h2 className={styles.groupTitle}>{strings.progress.files}</h2>
      <ul className={styles.files}>
        {files.map((file) => (
          <li key={file.id} className={styles.file}>
            <span>{file.name}</span>
            <Button size="small" appearance="subtle" onClick={() => onRemoveFile(file.id)} disabled={busy}>
              {strings.progress.removeFile}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <FilePickerButton accept=".xlsx,.csv" multiple onFiles={onAddFiles} disabled={busy} inputTestId="progress-files">
          {strings.progress.addFiles}
        </FilePickerButton>
      </div>
      {fileProblems.length > 0 && <ProblemList problems={fileProblems} />}
    </div>
  );
}

/**
 * Step 2 (导入进展): choose the progress sources and the as-of date, resolve unmatched rows, see each
 * task's ratio and status before anything is written.
 * @example <ProgressStep available check={report} candidateSheets={["发改委进展"]} … />
 */
export function ProgressStep(props: ProgressStepProps) {
  const { available, check, candidateSheets, chosenSheets, onToggleSheet, canAddFiles, files, fileProblems, onAddFiles, onRemoveFile, asOf, onAsOfChange, busy, onRun, outcome, resolutions, onResolve, selection, onSelectProblem, canSelectProblem, showsCells } = props;
  const { asOfFrom = null, asOfWarnings = [], onConfirmAsOf, onCancelAsOf, stale = false, onUndo } = props;
  const styles = useStyles();
  const { strings } = useStrings();
  const [explained, setExplained] = useState<number | null>(null);
  if (!available) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.progress.unavailable}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!check) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{strings.progress.needCheck}</MessageBarBody>
      </MessageBar>
    );
  }
  const noSources = chosenSheets.length === 0 && files.length === 0;
  return (
    <section className={styles.root} aria-label={strings.steps.progress}>
      <p className={styles.intro}>{strings.progress.intro}</p>
      <div className={styles.group}>
        <h2 className={styles.groupTitle}>{strings.progress.sheetsOfWorkbook}</h2>
        {candidateSheets.length === 0 ? (
          <p className={styles.note}>{strings.progress.noOtherSheets}</p>
        ) : (
          candidateSheets.map((sheet) => <Checkbox key={sheet} label={sheet} checked={chosenSheets.includes(sheet)} onChange={(_, data) => onToggleSheet(sheet, data.checked === true)} disabled={busy} />)
        )}
      </div>
      {canAddFiles && <ProgressFiles files={files} fileProblems={fileProblems} onAddFiles={onAddFiles} onRemoveFile={onRemoveFile} busy={busy} />}
      <Field label={strings.progress.asOf} hint={asOfFrom !== null ? strings.progress.asOfFrom[asOfFrom] : undefined}>
        <Input className={styles.date} type="date" value={asOf} onChange={(_, data) => onAsOfChange(data.value)} disabled={busy} data-testid="as-of" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRun} disabled={busy || noSources || !asOf} data-testid="run-progress">
          {strings.progress.run}
        </Button>
        {busy && <Spinner size="tiny" label={strings.progress.running} />}
      </div>
      {noSources && <p className={styles.note}>{strings.progress.noSources}</p>}

      <ConfirmDialog
        open={asOfWarnings.length > 0}
        title={strings.progress.asOfWarningTitle}
        body={asOfWarnings.map((problem) => problem.message).join("")}
        confirmLabel={strings.progress.computeAnyway}
        onConfirm={() => onConfirmAsOf?.()}
        onCancel={() => onCancelAsOf?.()}
      />

      {outcome && (
        <ProgressOutcomeView
          outcome={outcome}
          check={check}
          stale={stale}
          busy={busy}
          onRun={onRun}
          resolutions={resolutions}
          onResolve={onResolve}
          onUndo={onUndo}
          selection={selection}
          onSelectProblem={onSelectProblem}
          canSelectProblem={canSelectProblem}
          showsCells={showsCells}
          explained={explained}
          onExplain={setExplained}
        />
      )}
    </section>
  );
}
