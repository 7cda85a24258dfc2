import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatLocation } from "../../domain/problem";
import type { TaskExplanation } from "../../domain/progress/explainEvaluation";
import { formatPercent } from "../formatPercent";
import { useStrings } from "../strings/useStrings";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { padding: "8px", border: `1px solid ${tokens.colorBrandStroke2}`, borderRadius: tokens.borderRadiusMedium, display: "flex", flexDirection: "column", gap: "6px", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  head: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: "8px", fontWeight: tokens.fontWeightSemibold },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "2px" },
  where: { color: tokens.colorNeutralForeground3 },
  why: { margin: 0, padding: "4px 6px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
});

/**
 * Why a task has its status (explainEvaluation, built by the engine): targets, the reports with their cells, the
 * figure read and from which words, the ratio against expected progress, and the reason.
 * @example <TaskExplanationView explanation={outcome.explanations[9]} onClose={close} />
 */
export function TaskExplanationView({ explanation, onClose }: { explanation: TaskExplanation; onClose: () => void }) {
  const styles = useStyles();
  const { lang, strings } = useStrings();
  const words = strings.progress.explain;
  return (
    <div className={styles.root} data-testid="task-explanation" data-task-id={explanation.taskId}>
      <div className={styles.head}>
        <span>
          {explanation.taskId} {explanation.title}
        </span>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {words.close}
        </Button>
      </div>
      <p className={styles.label}>{words.targets}</p>
      <ul className={styles.list} data-testid="explain-targets">
        {explanation.targets.map((target, index) => (
          <li key={index} data-deciding={target.deciding}>
            {target.text} — {target.actual !== null ? words.figure(`${target.actual}${target.unit}`, target.phrase) : words.noFigure}
            {target.ratio !== null && `，${words.ratio} ${formatPercent(target.ratio)}`} <StatusBadge status={target.status} />
          </li>
        ))}
      </ul>
      <p className={styles.label}>{words.reports}</p>
      {explanation.reports.length === 0 ? (
        <p className={styles.where}>{words.noReports}</p>
      ) : (
        <ul className={styles.list} data-testid="explain-reports">
          {explanation.reports.map((report, index) => (
            <li key={index} data-cell={report.location.cell}>
              <span className={styles.where}>
                {formatLocation(report.location)} · {report.department}
                {report.counting && `（${words.counting}）`}
              </span>
              ：{report.text}
            </li>
          ))}
        </ul>
      )}
      <p data-testid="explain-figures">
        {words.ratio} {explanation.ratio !== null ? formatPercent(explanation.ratio) : "—"} · {words.expected} {formatPercent(explanation.expectedProgress)}
      </p>
      <p className={styles.why} data-testid="explain-why">
        <strong>{words.why}</strong> {lang === "en" ? explanation.reasonEn : explanation.reason}
      </p>
    </div>
  );
}
