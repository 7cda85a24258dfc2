import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_PRECEDENCE } from "../../domain/evaluation";
import type { LedgerHost, LedgerPlan, LedgerWritten } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";
import { ConfirmDialog } from "./ConfirmDialog";
import { LedgerWrittenView, type CircularCopied } from "./LedgerWrittenView";
import { StatusBadge } from "./StatusBadge";
import { LedgerPreviewTable } from "./LedgerPreviewTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  sectionTitle: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  counts: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "4px" },
  statuses: { display: "flex", flexWrap: "wrap", gap: "6px" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
});

export interface WriteStepProps {
  /** False until the ledger writers are available. */
  available: boolean;
  host: LedgerHost;
  /** Null until step 2 produced an outcome. */
  plan: LedgerPlan | null;
  hasProgress: boolean;
  busy: boolean;
  onWrite: () => void;
  written: LedgerWritten | null;
  confirmOverwrite: boolean;
  onConfirmOverwrite: () => void;
  onCancelOverwrite: () => void;
  /** Standalone page: download the resulting workbook. */
  onDownload?: () => void;
  /** Step 2's outcome is out of date: writing waits for a recompute. */
  progressStale?: boolean;
  /** Recompute step 2 (and the ledger written, if any): offered beside the out-of-date notice. */
  onRecompute?: () => void;
  /** The ledger written came from an earlier outcome. */
  writtenStale?: boolean;
  /** Errors step 2 shows: writing asks first. */
  errorCount?: number;
  confirmErrors?: boolean;
  onConfirmErrors?: () => void;
}

/** What will be written: the two sheets and the tasks per status. */
function PlanCounts({ plan }: { plan: NonNullable<WriteStepProps["plan"]> }) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <>
      <h2 className={styles.sectionTitle}>{strings.write.countsTitle}</h2>
      <ul className={styles.counts} data-testid="ledger-plan">
        <li>{strings.write.ledgerSheet(plan.ledgerSheet, plan.taskCount)}</li>
        <li>{strings.write.summarySheet(plan.summarySheet)}</li>
      </ul>
      <div className={styles.statuses}>
        {STATUS_PRECEDENCE.filter((status) => plan.statusCounts[status] > 0).map((status) => (
          <span key={status}>
            <StatusBadge status={status} /> {plan.statusCounts[status]}
          </span>
        ))}
      </div>
      {plan.preview && (
        <>
          <h2 className={styles.sectionTitle}>{strings.write.previewTitle}</h2>
          <LedgerPreviewTable preview={plan.preview} />
        </>
      )}
    </>
  );
}

/**
 * Step 3 (生成台账): the counts to be written, the write button (asking before overwriting the clerk's
 * edits), where it wrote, the circular's paragraph with a copy button, and (standalone) the download.
 * @example <WriteStep available host="excel" plan={plan} hasProgress busy={false} onWrite={write} … />
 */
export function WriteStep(props: WriteStepProps) {
  const { available, host, plan, hasProgress, busy, onWrite, written, confirmOverwrite, onConfirmOverwrite, onCancelOverwrite, onDownload } = props;
  const { progressStale = false, writtenStale = false, errorCount = 0, confirmErrors = false, onConfirmErrors, onRecompute } = props;
  const styles = useStyles();
  const { strings } = useStrings();
  const [copied, setCopied] = useState<CircularCopied>(null);
  if (!available) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.write.unavailable}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!hasProgress) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{strings.write.needProgress}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.root} aria-label={strings.steps.write}>
      <p className={styles.intro}>{strings.write.intro}</p>
      {progressStale && (
        <MessageBar intent="warning" layout="multiline" data-testid="write-stale">
          <MessageBarBody>{strings.write.progressStale}</MessageBarBody>
          {onRecompute && (
            <Button size="small" onClick={onRecompute} disabled={busy} data-testid="recompute-stale">
              {strings.write.recompute}
            </Button>
          )}
        </MessageBar>
      )}
      {plan ? <PlanCounts plan={plan} /> : busy && <Spinner size="tiny" label={strings.busy} />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onWrite} disabled={busy || !plan || progressStale} data-testid="write-ledger">
          {host === "excel" ? strings.write.run : strings.write.runFile}
        </Button>
        {busy && plan && <Spinner size="tiny" label={strings.write.running} />}
      </div>
      {written && writtenStale && !progressStale && (
        <MessageBar intent="warning" layout="multiline" data-testid="written-stale">
          <MessageBarBody>{strings.write.writtenStale}</MessageBarBody>
        </MessageBar>
      )}
      {written && !writtenStale && <LedgerWrittenView host={host} written={written} onDownload={onDownload} copied={copied} onCopied={setCopied} />}
      <ConfirmDialog
        open={confirmErrors}
        title={strings.write.errorsTitle}
        body={strings.write.errorsBody(errorCount)}
        confirmLabel={strings.write.writeAnyway}
        onConfirm={() => onConfirmErrors?.()}
        onCancel={onCancelOverwrite}
      />
      <ConfirmDialog
        open={confirmOverwrite}
        title={strings.write.overwriteTitle}
        body={strings.write.overwriteBody((plan?.wouldOverwrite ?? []).join("、"))}
        confirmLabel={strings.write.overwrite}
        onConfirm={onConfirmOverwrite}
        onCancel={onCancelOverwrite}
      />
    </section>
  );
}
