import { Fragment } from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Task } from "../../domain/task";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  scroller: { maxHeight: "360px", overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { tableLayout: "fixed", width: "100%", minWidth: "280px" },
  id: { width: "34px" },
  leads: { width: "96px" },
  header: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, zIndex: 1 },
  headerCell: { paddingLeft: "4px", paddingRight: "4px" },
  cell: { verticalAlign: "top", fontSize: tokens.fontSizeBase200, paddingLeft: "4px", paddingRight: "4px", paddingTop: "3px", paddingBottom: "3px" },
  clamp: { display: "-webkit-box", WebkitLineClamp: "3", WebkitBoxOrient: "vertical", overflow: "hidden", overflowWrap: "anywhere" },
  kind: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  jointKind: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  category: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2, paddingLeft: "4px", paddingRight: "4px" },
});

export interface TaskTableProps {
  tasks: Task[];
  /** Show the source line (import preview) instead of 序号. */
  showLine?: boolean;
}

/**
 * The tasks read or recognised: 序号 (or the line), 工作任务 under its category heading, 牵头单位 with the
 * responsibility kind under it. Three columns so that the task text stays readable in a 350 px pane;
 * the table scrolls inside itself.
 * @example <TaskTable tasks={outcome.tasks} showLine />
 */
export function TaskTable({ tasks, showLine = false }: TaskTableProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" className={styles.table} aria-label={strings.tasks.title}>
        <TableHeader className={styles.header}>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.id)}>{showLine ? strings.tasks.line : strings.tasks.id}</TableHeaderCell>
            <TableHeaderCell className={styles.headerCell}>{strings.tasks.title}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.leads)}>{strings.tasks.leads}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task, index) => {
            const newCategory = task.category !== "" && task.category !== tasks[index - 1]?.category;
            return (
              <Fragment key={`${task.id}-${index}`}>
                {newCategory && (
                  <TableRow data-category={task.category}>
                    <TableCell className={styles.category} colSpan={3}>
                      {task.category}
                    </TableCell>
                  </TableRow>
                )}
                <TableRow data-task-id={task.id}>
                  <TableCell className={styles.cell}>{showLine ? (task.source.line ?? "") : task.id}</TableCell>
                  <TableCell className={styles.cell}>
                    <span className={styles.clamp} title={task.title}>
                      {task.title}
                    </span>
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <span className={styles.clamp} title={[...task.leads, ...task.supporting].join("、")} data-leads>
                      {task.leads.length > 0 ? task.leads.join("、") : strings.tasks.none}
                    </span>
                    <span className={mergeClasses(styles.kind, task.responsibility === "joint" && styles.jointKind)} data-kind={task.responsibility}>
                      {strings.tasks.kinds[task.responsibility]}
                    </span>
                  </TableCell>
                </TableRow>
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
