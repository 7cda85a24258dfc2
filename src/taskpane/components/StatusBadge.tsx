import { makeStyles, tokens } from "@fluentui/react-components";
import type { TaskStatus } from "../../domain/evaluation";
import { statusColor } from "../../domain/status/statusColor";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  badge: { display: "inline-block", padding: "0 6px", borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300, whiteSpace: "nowrap" },
});

/**
 * A task's status: the status word on the ledger's colour (the word carries the meaning, the colour helps).
 * @example <StatusBadge status="lagging" /> // 滞后, on yellow
 */
export function StatusBadge({ status }: { status: TaskStatus }) {
  const styles = useStyles();
  const { strings } = useStrings();
  const color = statusColor(status);
  return (
    <span className={styles.badge} style={{ backgroundColor: color.fill, color: color.font }} data-status={status}>
      {strings.progress.statuses[status]}
    </span>
  );
}
