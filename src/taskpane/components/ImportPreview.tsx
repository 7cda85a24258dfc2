import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportChoices, ImportOutcome } from "../services/ledgerService";
import { isValidSheetName } from "../isValidSheetName";
import { useStrings } from "../strings/useStrings";
import { ProblemList } from "./ProblemList";
import { TaskTable } from "./TaskTable";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  sectionTitle: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface ImportPreviewProps {
  outcome: ImportOutcome;
  busy: boolean;
  sheetName: string;
  onSheetNameChange: (name: string) => void;
  creating: boolean;
  onCreate: () => void;
  /** Read the document again at another level or with the other reading of unmarked lists. */
  onChoose?: (choices: ImportChoices) => void;
}

/** The level and the reading of unmarked lists, asked only when the document needs them. */
function ReadingChoices({ outcome, busy, onChoose }: { outcome: ImportOutcome; busy: boolean; onChoose: (choices: ImportChoices) => void }) {
  const { strings } = useStrings();
  const levels = outcome.levels ?? [];
  const convention = outcome.convention;
  return (
    <>
      {levels.length > 1 && (
        <Field label={strings.importText.levelLabel}>
          <RadioGroup
            layout="horizontal"
            value={outcome.level ?? ""}
            onChange={(_, data) => onChoose({ level: data.value })}
            disabled={busy}
            data-testid="import-level"
          >
            {levels.map((level) => (
              <Radio key={level} value={level} label={strings.importText.levelNames[level] ?? level} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {convention && convention.tasks > 0 && (
        <Field label={strings.importText.unmarkedLabel(convention.tasks)}>
          <RadioGroup
            value={convention.reading}
            onChange={(_, data) => onChoose({ unmarked: data.value === "joint" ? "joint" : "first-listed" })}
            disabled={busy}
            data-testid="import-unmarked"
          >
            <Radio value="first-listed" label={strings.importText.unmarkedFirstListed} />
            <Radio value="joint" label={strings.importText.unmarkedJoint} />
          </RadioGroup>
        </Field>
      )}
    </>
  );
}

/**
 * The tasks read from a division document before the task table is made: their count, the reading choices the
 * document needs, the tasks with their printed numbers, the problems by line, and the sheet name and button that
 * create the table.
 * @example <ImportPreview outcome={outcome} busy={false} sheetName="任务分解表" onSheetNameChange={setName} creating={false} onCreate={create} />
 */
export function ImportPreview({ outcome, busy, sheetName, onSheetNameChange, creating, onCreate, onChoose }: ImportPreviewProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const nameValid = isValidSheetName(sheetName.trim());
  return (
    <>
      <h2 className={styles.sectionTitle} data-testid="import-count">
        {strings.importText.previewTitle(outcome.tasks.length)}
      </h2>
      {onChoose && <ReadingChoices outcome={outcome} busy={busy || creating} onChoose={onChoose} />}
      {outcome.tasks.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.importText.nothingFound}</MessageBarBody>
        </MessageBar>
      ) : (
        <TaskTable tasks={outcome.tasks} showLine />
      )}
      {outcome.problems.length > 0 && (
        <>
          <h2 className={styles.sectionTitle}>{strings.importText.problemsTitle}</h2>
          <ProblemList problems={outcome.problems} />
        </>
      )}
      {outcome.tasks.length > 0 && (
        <>
          <Field label={strings.importText.sheetNameLabel} validationMessage={nameValid ? undefined : strings.importText.badSheetName}>
            <Input value={sheetName} onChange={(_, data) => onSheetNameChange(data.value)} disabled={creating} data-testid="import-sheet-name" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={onCreate} disabled={creating || busy || !nameValid} data-testid="create-sheet">
              {strings.importText.create}
            </Button>
            {creating && <Spinner size="tiny" label={strings.importText.creating} />}
          </div>
        </>
      )}
    </>
  );
}
