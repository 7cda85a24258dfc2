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
});

/**
 * The rows the clerk assigned to a task (or set aside), each with its task changeable and an undo.
 * @example <AssignedRows rows={outcome.assigned} tasks={check.tasks} resolutions={resolutions} onResolve={resolve} onUndo={unresolve} />
 */
export function AssignedRows({ rows, tasks, resolutions, onResolve, onUndo, disabled = false }: { rows: AssignedProgressRow[]; tasks: Task[]; resolutions: Record<string, string | null>; onResolve: (rowKey: string, taskId: string | null) => void; onUndo: (rowKey: string) => void; disabled?: boolean }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <div className={styles.list} data-testid="assigned-rows">
      {rows.map((row) => (
        <div key={row.key} data-assigned-key={row.key}>
          <UnmatchedRows rows={[{ ...row, candidateTaskIds: [] }]} tasks={tasks} resolutions={resolutions} onResolve={onResolve} disabled={disabled} />
          {Object.prototype.hasOwnProperty.call(resolutions, row.key) ? (
            <Button className={styles.undo} size="small" appearance="subtle" onClick={() => onUndo(row.key)} disabled={disabled} data-testid="undo-assignment">
              {strings.progress.undo}
            </Button>
          ) : (
            <span className={styles.where}>{formatLocation(row.location)}</span>
          )}
        </div>
      ))}
    </div>
  );
}
