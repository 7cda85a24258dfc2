import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { NotReportedDepartment } from "../../domain/notices/notReportedDepartments";
import { noticeNumberRange } from "../../domain/notices/noticeNumberRange";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "12px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase300 },
});

export interface LoopActionsProps {
  /** Whether the service can make templates and notices at all. */
  available: boolean;
  /** Step 1 read the tasks (templates need them). */
  hasTasks: boolean;
  /** Step 2 produced an outcome (notices need it); null 催报 list until then. */
  notReported: readonly NotReportedDepartment[] | null;
  busy: boolean;
  /** The file last made, for the confirmation. */
  downloaded: string | null;
  /** The notices last made: numbers registered now and numbers already registered (not numbered again). */
  registered?: { added: string[]; reused: string[] } | null;
  onTemplates: () => void;
  onNotices: () => void;
}

/**
 * In the write step: download the departments' report templates, make the 督办单 and the circular, and the 催报 list
 * (lead departments without their report, with their tasks). Data and callbacks only.
 * @example <LoopActions available hasTasks notReported={outcome.notReported} busy={false} downloaded={null} onTemplates={…} onNotices={…} />
 */
export function LoopActions(props: LoopActionsProps) {
  const { available, hasTasks, notReported, busy, downloaded, registered = null, onTemplates, onNotices } = props;
  const styles = useStyles();
  const { strings } = useStrings();
  if (!available) return null;
  return (
    <section className={styles.root} aria-label={strings.loop.title} data-testid="loop-actions">
      <h2 className={styles.title}>{strings.loop.title}</h2>
      <p className={styles.intro}>{strings.loop.intro}</p>
      <div className={styles.actions}>
        <Button onClick={onTemplates} disabled={busy || !hasTasks} data-testid="download-templates">
          {strings.loop.templates}
        </Button>
        <Button onClick={onNotices} disabled={busy || notReported === null} data-testid="download-notices">
          {strings.loop.notices}
        </Button>
        {busy && <Spinner size="tiny" label={strings.loop.running} />}
      </div>
      {!hasTasks && <p className={styles.intro}>{strings.loop.needCheck}</p>}
      {hasTasks && notReported === null && <p className={styles.intro}>{strings.loop.needProgress}</p>}
      {downloaded !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="loop-downloaded">
            {strings.loop.downloaded(downloaded)}
            {registered !== null && registered.added.length > 0 && <div data-testid="notices-registered">{strings.loop.registered(registered.added.length, noticeNumberRange(registered.added))}</div>}
            {registered?.reused.map((number) => (
              <div key={number} data-testid="notice-reused">
                {strings.loop.reused(number)}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {notReported !== null &&
        (notReported.length === 0 ? (
          <p className={styles.intro}>{strings.loop.notReportedNone}</p>
        ) : (
          <>
            <h3 className={styles.title}>{strings.loop.notReportedTitle}</h3>
            <ul className={styles.list} data-testid="not-reported">
              {notReported.map((entry) => (
                <li key={entry.department}>
                  {entry.department}：{strings.loop.notReportedTasks(entry.tasks.length)}
                  {entry.tasks.map((task) => `${task.id} ${task.title}`).join("；")}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
