import { Button, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { LedgerHost, LedgerWritten } from "../services/ledgerService";
import { copyText } from "../copyText";
import { useStrings } from "../strings/useStrings";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  sectionTitle: { margin: "4px 0 0 0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  circular: { width: "100%" },
});

/** Whether the circular's paragraph was copied: yes, failed, or not yet. */
export type CircularCopied = "yes" | "failed" | null;

export interface LedgerWrittenViewProps {
  host: LedgerHost;
  written: LedgerWritten;
  /** Standalone page: download the resulting workbook. */
  onDownload?: (() => void) | undefined;
  copied: CircularCopied;
  onCopied: (copied: CircularCopied) => void;
}

/**
 * Where the ledger and the summary were written, the download (standalone page), the problems of writing, and the
 * circular's paragraph with a copy button.
 * @example <LedgerWrittenView host="excel" written={written} copied={null} onCopied={setCopied} />
 */
export function LedgerWrittenView({ host, written, onDownload, copied, onCopied }: LedgerWrittenViewProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody data-testid="ledger-written">
          {host === "excel" ? strings.write.wrote(written.ledgerSheet, written.summarySheet) : strings.write.wroteFile(written.ledgerSheet, written.summarySheet)}
          {written.recorded && <div data-testid="reports-recorded">{strings.write.recorded(written.recorded.reports, written.recorded.detailRows)}</div>}
        </MessageBarBody>
      </MessageBar>
      {onDownload && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={onDownload} data-testid="download-result">
            {strings.write.download}
          </Button>
        </div>
      )}
      {written.problems.length > 0 && <ProblemList problems={written.problems} />}
      <h2 className={styles.sectionTitle}>{strings.write.circularTitle}</h2>
      <Textarea className={styles.circular} value={written.circular} readOnly rows={6} resize="vertical" data-testid="circular" />
      <div className={styles.actions}>
        <Button
          onClick={async () => {
            onCopied((await copyText(written.circular)) ? "yes" : "failed");
          }}
        >
          {copied === "yes" ? strings.write.copied : strings.write.copy}
        </Button>
        {copied === "failed" && <span>{strings.write.copyFailed}</span>}
      </div>
    </>
  );
}
