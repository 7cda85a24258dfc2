import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TaskEvaluation } from "../../domain/evaluation";
import { useStrings } from "../strings/useStrings";
import { StatusBadge } from "./StatusBadge";
import { formatPercent } from "../formatPercent";

const useStyles = makeStyles({
  scroller: { maxHeight: "360px", overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { tableLayout: "fixed", width: "100%", minWidth: "280px" },
  id: { width: "30px" },
  ratio: { width: "52px" },
  status: { width: "68px" },
  header: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, zIndex: 1 },
  headerCell: { paddingLeft: "4px", paddingRight: "4px" },
  cell: { verticalAlign: "top", fontSize: tokens.fontSizeBase200, paddingLeft: "4px", paddingRight: "4px", paddingTop: "3px", paddingBottom: "3px" },
  number: { textAlign: "right" },
  clamp: { display: "-webkit-box", WebkitLineClamp: "2", WebkitBoxOrient: "vertical", overflow: "hidden", overflowWrap: "anywhere" },
  clickable: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  lead: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

/**
 * Each task's completion ratio and status at the as-of date, before anything is written: 序号, 工作任务
 * (its lead under it, and for a growth, level or cap target its gap against the target in points, for figures of an
 * earlier month 数据截至N月), 完成率, 状态 — four narrow columns that leave the task text room in a 350 px pane. With
 * `onSelect`, a row is clicked to see why the task has its status.
 * @example <EvaluationTable evaluations={outcome.evaluations} />
 */
export function EvaluationTable({ evaluations, selected = null, onSelect }: { evaluations: TaskEvaluation[]; selected?: number | null; onSelect?: (index: number) => void }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" className={styles.table}>
        <TableHeader className={styles.header}>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.id)}>{strings.tasks.id}</TableHeaderCell>
            <TableHeaderCell className={styles.headerCell}>{strings.tasks.title}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.ratio)}>{strings.progress.ratio}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.status)}>{strings.progress.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {evaluations.map((evaluation, index) => (
            <TableRow
              key={`${evaluation.task.id}-${index}`}
              data-task-id={evaluation.task.id}
              data-status={evaluation.status}
              className={onSelect ? mergeClasses(styles.clickable, selected === index ? styles.chosen : undefined) : undefined}
              aria-selected={onSelect ? selected === index : undefined}
              tabIndex={onSelect ? 0 : undefined}
              onClick={onSelect ? () => onSelect(index) : undefined}
              onKeyDown={onSelect ? (event) => (event.key === "Enter" || event.key === " ") && onSelect(index) : undefined}
            >
              <TableCell className={styles.cell}>{evaluation.task.id}</TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.clamp} title={evaluation.task.title}>
                  {evaluation.task.title}
                </span>
                <span className={styles.lead}>
                  {strings.progress.leadOf(evaluation.task.leads.join("、") || strings.tasks.none)}
                </span>
                {evaluation.gapAgainst === "target-rate" && evaluation.gapPoints !== null ? (
                  <span className={styles.lead} data-gap-against="target-rate">
                    {strings.progress.gapAgainstTarget(`${evaluation.gapPoints > 0 ? "+" : ""}${evaluation.gapPoints.toFixed(1)}`)}
                  </span>
                ) : null}
                {evaluation.dataPeriod !== undefined ? (
                  <span className={styles.lead} data-data-period={evaluation.dataPeriod}>
                    {strings.progress.dataPeriod(Number(evaluation.dataPeriod.slice(5, 7)))}
                  </span>
                ) : null}
              </TableCell>
              <TableCell className={mergeClasses(styles.cell, styles.number)} data-ratio>
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
