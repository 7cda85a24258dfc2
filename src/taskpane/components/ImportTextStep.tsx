import { Button, Field, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import type { ImportChoices, ImportOutcome } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";
import { ConfirmDialog } from "./ConfirmDialog";
import { FilePickerButton } from "./FilePickerButton";
import { ImportPreview } from "./ImportPreview";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  textarea: { width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface ImportTextStepProps {
  text: string;
  onTextChange: (text: string) => void;
  fileName: string | null;
  fileProblems: Problem[];
  onFile: (file: File) => void;
  busy: boolean;
  onRun: () => void;
  outcome: ImportOutcome | null;
  sheetName: string;
  onSheetNameChange: (name: string) => void;
  creating: boolean;
  onCreate: () => void;
  confirmReplace: boolean;
  onConfirmReplace: () => void;
  onCancelReplace: () => void;
  /** Read the document again at another level or with the other reading of unmarked lists. */
  onChoose?: (choices: ImportChoices) => void;
}

/**
 * The 从文本导入 step: paste the division document or pick a .txt/.docx, preview the tasks with their printed
 * numbers, leads, supporting units, leaders and inferred names (marked) and the problems by line — asking which level
 * to read where the document lists several, and offering the other reading of unmarked lists for the whole
 * document — then create the task table (asking before replacing a sheet).
 * @example <ImportTextStep {...importState} onRun={actions.run} onCreate={actions.create} />
 */
export function ImportTextStep(props: ImportTextStepProps) {
  const {
    text,
    onTextChange,
    fileName,
    fileProblems,
    onFile,
    busy,
    onRun,
    outcome,
    sheetName,
    onSheetNameChange,
    creating,
    onCreate,
    confirmReplace,
    onConfirmReplace,
    onCancelReplace,
    onChoose,
  } = props;
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <section className={styles.root} aria-label={strings.steps.importText}>
      <p className={styles.intro}>{strings.importText.intro}</p>
      <Field label={strings.importText.pasteLabel}>
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={8}
          value={text}
          placeholder={strings.importText.pastePlaceholder}
          onChange={(_, data) => onTextChange(data.value)}
          disabled={busy || creating}
          data-testid="import-text"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRun} disabled={busy || creating || text.trim() === ""} data-testid="run-import">
          {strings.importText.run}
        </Button>
        <FilePickerButton
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onFiles={([file]) => onFile(file)}
          disabled={busy || creating}
          inputTestId="import-file"
        >
          {strings.importText.pickFile}
        </FilePickerButton>
        {busy && <Spinner size="tiny" label={strings.importText.running} />}
      </div>
      {/* A refused file is never said to have been read. */}
      {fileName && !fileProblems.some((problem) => problem.severity === "error") && <p className={styles.note}>{strings.importText.fileRead(fileName)}</p>}
      {fileProblems.length > 0 && <ProblemList problems={fileProblems} />}

      {outcome && (
        <ImportPreview
          outcome={outcome}
          busy={busy}
          sheetName={sheetName}
          onSheetNameChange={onSheetNameChange}
          creating={creating}
          onCreate={onCreate}
          onChoose={onChoose}
        />
      )}
      <ConfirmDialog
        open={confirmReplace}
        title={strings.importText.replaceTitle}
        body={strings.importText.replaceBody(sheetName.trim())}
        confirmLabel={strings.importText.replace}
        onConfirm={onConfirmReplace}
        onCancel={onCancelReplace}
      />
    </section>
  );
}
