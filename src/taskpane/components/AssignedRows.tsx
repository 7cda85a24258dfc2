import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatLocation } from "../../domain/problem";
import type { Task } from "../../domain/task";
import type { AssignedProgressRow } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";
import { UnmatchedRows } from "./UnmatchedRows";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "4px" },
  undo: { alignSelf: "flex-start" },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  remembered: { fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
});

/**
 * The rows the clerk assigned to a task (or set aside), and those assigned as the workbook remembers from last month
 * (按上月对应), each with its task changeable and an undo.
 * @example <AssignedRows rows={outcome.assigned} tasks={check.tasks} resolutions={resolutions} onResolve={resolve} onUndo={unresolve} />
 */
export function AssignedRows({ rows, tasks, resolutions, onResolve, onUndo, disabled = false }: { rows: AssignedProgressRow[]; tasks: Task[]; resolutions: Record<string, string | null>; onResolve: (rowKey: string, taskId: string | null) => void; onUndo: (rowKey: string) => void; disabled?: boolean }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.list} data-testid="assigned-rows">
      {rows.map((row) => {
        const chosen = Object.prototype.hasOwnProperty.call(resolutions, row.key);
        const remembered = row.remembered === true && !chosen;
        return (
        <div key={row.key} data-assigned-key={row.key} data-remembered={remembered ? "true" : undefined}>
          {remembered && <span className={styles.remembered} data-testid="remembered-assignment">{strings.progress.remembered}</span>}
          <UnmatchedRows rows={[{ ...row, candidateTaskIds: [] }]} tasks={tasks} resolutions={remembered ? { ...resolutions, [row.key]: row.taskId } : resolutions} onResolve={onResolve} disabled={disabled} />
          {chosen || remembered ? (
            <Button className={styles.undo} size="small" appearance="subtle" onClick={() => onUndo(row.key)} disabled={disabled} data-testid="undo-assignment">
              {strings.progress.undo}
            </Button>
          ) : (
            <span className={styles.where}>{formatLocation(row.location)}</span>
          )}
        </div>
        );
      })}
    </div>
  );
}
