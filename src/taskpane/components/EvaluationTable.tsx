import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskEvaluation } from "../../domain/evaluation";
import { useStrings } from "../strings/useStrings";
import { StatusBadge } from "./StatusBadge";
import { formatPercent } from "../formatPercent";

const useStyles = makeStyles({
  scroller: { maxHeight: "360px", overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { tableLayout: "fixed", width: "100%", minWidth: "320px" },
  id: { width: "40px" },
  lead: { width: "80px" },
  ratio: { width: "56px", textAlign: "right" },
  status: { width: "72px" },
  header: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, zIndex: 1 },
  cell: { verticalAlign: "top", fontSize: tokens.fontSizeBase200 },
  clamp: { display: "-webkit-box", WebkitLineClamp: "2", WebkitBoxOrient: "vertical", overflow: "hidden", overflowWrap: "anywhere" },
});

/**
 * Each task's completion ratio and status at the as-of date, before anything is written.
 * @example <EvaluationTable evaluations={outcome.evaluations} />
 */
export function EvaluationTable({ evaluations }: { evaluations: TaskEvaluation[] }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" className={styles.table}>
        <TableHeader className={styles.header}>
          <TableRow>
            <TableHeaderCell className={styles.id}>{strings.tasks.id}</TableHeaderCell>
            <TableHeaderCell>{strings.tasks.title}</TableHeaderCell>
            <TableHeaderCell className={styles.lead}>{strings.progress.lead}</TableHeaderCell>
            <TableHeaderCell className={styles.ratio}>{strings.progress.ratio}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{strings.progress.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluations.map((evaluation, index) => (
            <TableRow key={`${evaluation.task.id}-${index}`} data-task-id={evaluation.task.id} data-status={evaluation.status}>
              <TableCell className={styles.cell}>{evaluation.task.id}</TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.clamp} title={evaluation.task.title}>
                  {evaluation.task.title}
                </span>
              </TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.clamp}>{evaluation.task.leads.join("、") || strings.tasks.none}</span>
              </TableCell>
              <TableCell className={styles.cell} style={{ textAlign: "right" }}>
                {evaluation.ratio === null ? strings.tasks.none : formatPercent(evaluation.ratio)}
              </TableCell>
              <TableCell className={styles.cell}>
                <StatusBadge status={evaluation.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
