import { useState } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ChangedReport } from "../../domain/records/keepRecordedReports";
import type { ProgressOutcome } from "../services/ledgerService";
import { useStrings } from "../strings/useStrings";

const reportKey = (report: ChangedReport) => [report.period, report.department, report.file, report.sheet, report.recordedAt].join("|");

export interface ChangedReportsDialogProps {
  /** Step 2's outcome; the dialog opens when it kept the recorded figures of changed reports. */
  outcome: ProgressOutcome | null;
  /** The clerk chose the new figures: compute again with them. */
  onUseNew: () => void;
}

/**
 * After step 2, when reports recorded in the 报送记录 came back with other content: lists them (department, file,
 * period, when recorded) and asks "use the new figures" (step 2 is computed again with them, and the record updated
 * with the correction noted when the ledger is written) or "keep the recorded figures" (the default: nothing changes).
 * Asked once per changed report.
 * @example <ChangedReportsDialog outcome={progress.outcome} onUseNew={() => void actions.run({ confirmChanged: true })} />
 */
export function ChangedReportsDialog({ outcome, onUseNew }: ChangedReportsDialogProps) {
  const { strings } = useStrings();
  const text = strings.records;
  // The reports the clerk already answered for: not asked again when step 2 is computed again.
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const kept: ChangedReport[] = (outcome?.changedReports ?? []).filter((report) => report.kept === "recorded");
  const open = kept.some((report) => !answered.has(reportKey(report)));
  const keep = () => setAnswered(new Set([...answered, ...kept.map(reportKey)]));
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && keep()}>
      <DialogSurface aria-describedby={undefined} data-testid="changed-reports">
        <DialogBody>
          <DialogTitle>{text.changedTitle}</DialogTitle>
          <DialogContent>
            <p>{text.changedBody}</p>
            <ul>
              {kept.map((report) => (
                <li key={`${report.file}|${report.sheet}|${report.department}`}>{text.changedItem(report.department, report.file || report.sheet, report.period, report.recordedAt)}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={keep} data-testid="keep-recorded-figures">
              {text.keepRecorded}
            </Button>
            <Button
              appearance="secondary"
              onClick={() => {
                keep();
                onUseNew();
              }}
              data-testid="use-new-figures"
            >
              {text.useNew}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
