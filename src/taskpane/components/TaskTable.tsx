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
  line: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  detail: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  inferred: { fontStyle: "italic", textDecorationLine: "underline", textDecorationStyle: "dotted", color: tokens.colorPaletteMarigoldForeground2 },
  note: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  category: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingLeft: "4px",
    paddingRight: "4px",
  },
});

export interface TaskTableProps {
  tasks: Task[];
  /**
   * The import preview: the number as printed with its source line under it, and under the leads the supporting
   * units, the leaders and every inferred name marked (＊).
   */
  showLine?: boolean;
}

/** Names joined with 、, the inferred ones marked so that the clerk checks them. */
function Names({ names, inferred, className, mark, title }: { names: string[]; inferred: string[]; className: string; mark: string; title: string }) {
  return (
    <>
      {names.map((name, index) => (
        <Fragment key={name}>
          {index > 0 && "、"}
          {inferred.includes(name) ? (
            <span className={className} title={title} data-inferred={name}>
              {name}
              {mark}
            </span>
          ) : (
            name
          )}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The tasks read or recognised: 序号 (in the import preview the number as printed, with its line), 工作任务 under
 * its category heading, 牵头单位 with the responsibility kind under it (in the preview also the supporting units, the
 * leaders and the inferred names, marked). Three columns so that the task text stays readable in a 350 px pane;
 * the table scrolls inside itself.
 * @example <TaskTable tasks={outcome.tasks} showLine />
 */
export function TaskTable({ tasks, showLine = false }: TaskTableProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const marks = { className: styles.inferred, mark: strings.tasks.inferredMark, title: strings.tasks.inferredTitle };
  const anyInferred = showLine && tasks.some((task) => (task.inferred ?? []).length > 0);
  return (
    <>
      <div className={styles.scroller}>
        <Table size="extra-small" className={styles.table} aria-label={strings.tasks.title}>
          <TableHeader className={styles.header}>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.headerCell, styles.id)}>{strings.tasks.id}</TableHeaderCell>
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
                    <TableCell className={styles.cell}>
                      {showLine ? (
                        <>
                          <span data-number>{task.number || task.id}</span>
                          {task.source.line !== undefined && <span className={styles.line}>{strings.tasks.lineOf(task.source.line)}</span>}
                        </>
                      ) : (
                        task.id
                      )}
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <span className={styles.clamp} title={task.title}>
                        {task.title}
                      </span>
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <span className={styles.clamp} title={[...task.leads, ...task.supporting].join("、")} data-leads>
                        {task.leads.length > 0 ? <Names names={task.leads} {...marks} inferred={task.inferred ?? []} /> : strings.tasks.none}
                      </span>
                      <span className={mergeClasses(styles.kind, task.responsibility === "joint" && styles.jointKind)} data-kind={task.responsibility}>
                        {strings.tasks.kinds[task.responsibility]}
                      </span>
                      {showLine && task.supporting.length > 0 && (
                        <span className={styles.detail} data-supporting>
                          {strings.tasks.supportingPrefix}
                          <Names names={task.supporting} {...marks} inferred={task.inferred ?? []} />
                        </span>
                      )}
                      {showLine && (task.leaders ?? []).length > 0 && (
                        <span className={styles.detail} data-leaders>
                          {strings.tasks.leadersPrefix}
                          <Names names={task.leaders ?? []} {...marks} inferred={task.inferred ?? []} />
                        </span>
                      )}
                    </TableCell>
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {anyInferred && (
        <p className={styles.note} data-testid="inferred-note">
          {strings.tasks.inferredNote}
        </p>
      )}
    </>
  );
}
