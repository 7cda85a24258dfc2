import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { CheckSummary } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  line: { display: "block" },
});

/**
 * What the check read: the number of tasks, where the header is, the leads found, the roster used.
 * @example <CheckSummaryView report={outcome.report} />
 */
export function CheckSummaryView({ report }: { report: CheckSummary }) {
  const styles = useStyles();
  const { strings } = useStrings();
  const leads = new Set(report.tasks.flatMap((task) => task.leads));
  const withLead = report.tasks.filter((task) => task.leads.length > 0).length;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="check-summary">
      <MessageBarBody>
        <span className={styles.line}>{strings.check.summary(report.tasks.length, report.sheet, report.headerRow)}</span>
        <span className={styles.line}>{strings.check.leadsFound(leads.size, withLead, report.tasks.length)}</span>
        <span className={styles.line}>{report.rosterSheet ? strings.check.rosterUsed(report.rosterSheet) : strings.check.noRoster}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
