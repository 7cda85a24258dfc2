import { lazy, Suspense } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/problem";
import type { CellSelection } from "../hooks/useCellSelection";
import type { CheckSummary, ProgressOutcome } from "../services/ledgerService";
import { formatPercent } from "../formatPercent";
import { useStrings } from "../strings/useStrings";
import { AssignedRows } from "./AssignedRows";
import { CellPreview } from "./CellPreview";
import { EvaluationTable } from "./EvaluationTable";
import { ProblemList } from "./ProblemList";
import { TaskExplanationView } from "./TaskExplanationView";
import { UnmatchedRows } from "./UnmatchedRows";

/** The chart and its library are fetched when there are results to draw. */
const CompletionChart = lazy(() => import(/* webpackChunkName: "completion-chart" */ "./CompletionChart"));

const useStyles = makeStyles({
  sectionTitle: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
});

export interface ProgressOutcomeViewProps {
  outcome: ProgressOutcome;
  /** The task table read in step 1: the tasks a row may be assigned to. */
  check: CheckSummary;
  /** The outcome no longer matches the inputs: results out of date. */
  stale: boolean;
  busy: boolean;
  onRun: () => void;
  resolutions: Record<string, string | null>;
  onResolve: (rowKey: string, taskId: string | null) => void;
  onUndo?: (rowKey: string) => void;
  selection: CellSelection | null;
  onSelectProblem: (problem: Problem) => void;
  canSelectProblem: (problem: Problem) => boolean;
  showsCells: boolean;
  /** The index of the task whose figure is explained, or null. */
  explained: number | null;
  onExplain: (index: number | null) => void;
}

/**
 * What computing the progress found: a note when it is out of date, the expected progress and rows matched, the rows
 * to assign (unmatched) or assigned as last month, the problems, the completion chart and each task's ratio and
 * status (a task clicked explains its figure).
 * @example <ProgressOutcomeView outcome={outcome} check={report} stale={false} busy={false} onRun={run} explained={null} onExplain={setExplained} … />
 */
export function ProgressOutcomeView(props: ProgressOutcomeViewProps) {
  const { outcome, check, stale, busy, onRun, resolutions, onResolve, onUndo, selection, onSelectProblem, canSelectProblem, showsCells, explained, onExplain } = props;
  const styles = useStyles();
  const { strings } = useStrings();
  const explanation = explained !== null ? (outcome.explanations[explained] ?? null) : null;
  return (
    <>
      {stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="progress-stale">
          <MessageBarBody>{strings.progress.stale}</MessageBarBody>
          <Button size="small" onClick={onRun} disabled={busy}>
            {strings.progress.recompute}
          </Button>
        </MessageBar>
      )}
      <MessageBar intent="info">
        <MessageBarBody>{strings.progress.outcomeSummary(formatPercent(outcome.expectedProgress), outcome.rowCount, outcome.matchedCount)}</MessageBarBody>
      </MessageBar>
      {outcome.unmatched.length > 0 && (
        <>
          <h2 className={styles.sectionTitle}>{strings.progress.unmatchedTitle(outcome.unmatched.length)}</h2>
          <p className={styles.note}>{strings.progress.unmatchedHint}</p>
          <UnmatchedRows rows={outcome.unmatched} tasks={check.tasks} resolutions={resolutions} onResolve={onResolve} disabled={busy} />
          <div className={styles.actions}>
            <Button onClick={onRun} disabled={busy}>
              {strings.progress.apply}
            </Button>
          </div>
        </>
      )}
      {outcome.assigned.length > 0 && (
        <>
          <h2 className={styles.sectionTitle}>{strings.progress.assignedTitle(outcome.assigned.length)}</h2>
          <p className={styles.note}>{strings.progress.assignedHint}</p>
          <AssignedRows rows={outcome.assigned} tasks={check.tasks} resolutions={resolutions} onResolve={onResolve} onUndo={(key) => onUndo?.(key)} disabled={busy} />
          {stale && (
            <div className={styles.actions}>
              <Button onClick={onRun} disabled={busy} data-testid="apply-assigned">
                {strings.progress.apply}
              </Button>
            </div>
          )}
        </>
      )}
      {outcome.problems.length > 0 && (
        <>
          <h2 className={styles.sectionTitle}>{strings.progress.problemsTitle}</h2>
          <ProblemList problems={outcome.problems} onSelect={onSelectProblem} canSelect={canSelectProblem} selected={selection?.problem ?? null} selectedDetail={showsCells && selection ? <CellPreview selection={selection} /> : null} />
        </>
      )}
      <Suspense fallback={<Spinner size="tiny" data-loading="on-demand" />}>
        <CompletionChart evaluations={outcome.evaluations} />
      </Suspense>
      <h2 className={styles.sectionTitle}>{strings.progress.resultsTitle(outcome.evaluations.length)}</h2>
      <p className={styles.note}>{strings.progress.explainHint}</p>
      <EvaluationTable evaluations={outcome.evaluations} selected={explained} onSelect={(index) => onExplain(index === explained ? null : index)} />
      {explanation && <TaskExplanationView explanation={explanation} onClose={() => onExplain(null)} />}
    </>
  );
}
