import { Suspense } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import type { ColumnMap, TaskColumn } from "../../domain/task";
import type { CheckOutcome, DetectedColumns } from "../services/ledgerService";
import type { CellSelection } from "../hooks/useCellSelection";
import { useStrings } from "../strings/useStrings";
import { ColumnEditor } from "./ColumnEditor";
import { ProblemList } from "./ProblemList";
import { CellPreview } from "./CellPreview";
import { CheckSummaryView } from "./CheckSummaryView";
import { lazyNamedExport } from "../lazyNamedExport";

/** The task list appears only after a check: fetched then, not with the first screen. */
const TaskTable = lazyNamedExport(() => import(/* webpackChunkName: "task-table" */ "./TaskTable"), "TaskTable");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  dropdown: { minWidth: 0, width: "100%" },
  actions: { display: "flex", alignItems: "center", gap: "12px" },
  sectionTitle: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "8px" },
  counts: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface CheckStepProps {
  sheets: string[];
  sheet: string | null;
  onSheetChange: (sheet: string) => void;
  detected: DetectedColumns | null;
  columns: ColumnMap;
  onColumnChange: (column: TaskColumn, index: number | null) => void;
  busy: boolean;
  onRun: () => void;
  outcome: CheckOutcome | null;
  selection: CellSelection | null;
  onSelectProblem: (problem: Problem) => void;
  canSelectProblem?: (problem: Problem) => boolean;
  /** The standalone page shows the clicked cell in a sheet preview (Excel selects it instead). */
  showsCells: boolean;
}

/**
 * Step 1 (检查分工): choose the sheet, see and correct the columns, run the check, see the tasks read and
 * the problems grouped by severity; clicking a problem goes to its cell.
 * @example <CheckStep {...checkState} onRun={actions.run} onSelectProblem={actions.selectProblem} showsCells={false} />
 */
export function CheckStep(props: CheckStepProps) {
  const { sheets, sheet, onSheetChange, detected, columns, onColumnChange, busy, onRun, outcome, selection, onSelectProblem, canSelectProblem, showsCells } = props;
  const styles = useStyles();
  const { strings } = useStrings();
  const errors = outcome?.problems.filter((problem) => problem.severity === "error").length ?? 0;
  const warnings = outcome?.problems.filter((problem) => problem.severity === "warning").length ?? 0;
  const preview = showsCells && selection ? <CellPreview selection={selection} /> : null;

  return (
    <section className={styles.root} aria-label={strings.steps.check}>
      {sheets.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.check.noSheets}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={strings.check.sheetLabel}>
          <Dropdown
            className={styles.dropdown}
            value={sheet ?? ""}
            selectedOptions={sheet ? [sheet] : []}
            disabled={busy}
            onOptionSelect={(_, data) => data.optionValue && onSheetChange(data.optionValue)}
            data-testid="sheet-dropdown"
          >
            {sheets.map((name) => (
              <Option key={name} value={name} text={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}

      {detected && <ColumnEditor key={outcome ? "checked" : "unchecked"} detected={detected} columns={columns} onChange={onColumnChange} disabled={busy} defaultOpen={!outcome || detected.headerRow === null} />}

      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRun} disabled={busy || !sheet} data-testid="run-check">
          {strings.check.run}
        </Button>
        {busy && <Spinner size="tiny" label={strings.check.running} />}
      </div>

      {outcome && (
        <>
          {outcome.report && <CheckSummaryView report={outcome.report} />}
          <h2 className={styles.sectionTitle}>
            {strings.check.problemsTitle}
            <span className={styles.counts} data-testid="problem-counts">
              {strings.check.problemCount(errors, warnings)}
            </span>
          </h2>
          {outcome.problems.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{strings.check.noProblems}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <p className={styles.hint}>{strings.check.clickHint}</p>
              <ProblemList problems={outcome.problems} onSelect={onSelectProblem} canSelect={canSelectProblem} selected={selection?.problem ?? null} selectedDetail={preview} />
            </>
          )}
          {outcome.report && outcome.report.tasks.length > 0 && (
            <Accordion collapsible>
              <AccordionItem value="tasks">
                <AccordionHeader size="medium">{strings.check.tasksTitle(outcome.report.tasks.length)}</AccordionHeader>
                <AccordionPanel>
                  <Suspense fallback={<Spinner size="tiny" data-loading="on-demand" />}>
                    <TaskTable tasks={outcome.report.tasks} />
                  </Suspense>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </>
      )}
    </section>
  );
}
