import { Dropdown, Option, makeStyles, tokens } from "@fluentui/react-components";
import { formatLocation } from "../../domain/problem";
import type { Task } from "../../domain/task";
import type { UnmatchedProgressRow } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "8px" },
  row: { padding: "6px 8px", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, display: "flex", flexDirection: "column", gap: "4px" },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  text: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, width: "100%" },
});

const NOT_COUNTED = "";

function taskLabel(task: Task): string {
  const title = task.title.length > 24 ? `${task.title.slice(0, 24)}…` : task.title;
  return `${task.id} ${title}`;
}

export interface UnmatchedRowsProps {
  rows: UnmatchedProgressRow[];
  tasks: Task[];
  resolutions: Record<string, string | null>;
  onResolve: (rowKey: string, taskId: string | null) => void;
  disabled?: boolean;
}

/**
 * Progress rows not matched to one task, each with a dropdown of tasks (the likely ones first) or 不计入.
 * @example <UnmatchedRows rows={outcome.unmatched} tasks={check.tasks} resolutions={resolutions} onResolve={resolve} />
 */
export function UnmatchedRows({ rows, tasks, resolutions, onResolve, disabled = false }: UnmatchedRowsProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return (
    <ul className={styles.list}>
      {rows.map((row) => {
        const candidates = row.candidateTaskIds.map((id) => byId.get(id)).filter((task): task is Task => task !== undefined);
        const others = tasks.filter((task) => !row.candidateTaskIds.includes(task.id));
        // Not yet chosen: the placeholder asks for a choice; chosen "not counted" (null) says so.
        const decided = Object.prototype.hasOwnProperty.call(resolutions, row.key);
        const chosen = resolutions[row.key] ?? null;
        const chosenTask = chosen ? byId.get(chosen) : undefined;
        return (
          <li key={row.key} className={styles.row} data-row-key={row.key}>
            <span className={styles.where}>
              {formatLocation(row.location)}
              {row.department && ` · ${row.department}`}
            </span>
            <span className={styles.text}>
              {row.title && <strong>{row.title} </strong>}
              {row.text}
            </span>
            <Dropdown
              className={styles.dropdown}
              size="small"
              aria-label={strings.progress.chooseTask}
              placeholder={strings.progress.chooseTask}
              disabled={disabled}
              value={!decided ? "" : chosenTask ? taskLabel(chosenTask) : strings.progress.notCounted}
              selectedOptions={decided ? [chosen ?? NOT_COUNTED] : []}
              onOptionSelect={(_, data) => onResolve(row.key, data.optionValue ? data.optionValue : null)}
            >
              <Option value={NOT_COUNTED} text={strings.progress.notCounted}>
                {strings.progress.notCounted}
              </Option>
              {[...candidates, ...others].map((task) => (
                <Option key={task.id} value={task.id} text={taskLabel(task)}>
                  {taskLabel(task)}
                </Option>
              ))}
            </Dropdown>
          </li>
        );
      })}
    </ul>
  );
}
