import { useCallback, useState } from "react";
import { importTime } from "../../app/importTime";
import { saveDownload } from "../saveDownload";
import type { CheckSummary, LedgerService, NoticesDownload, ProgressOutcome, WorkbookDownload } from "../services/ledgerService";

export interface LoopActionsState {
  busy: boolean;
  downloaded: string | null;
  /** The notices last made: numbers registered now and numbers the 督办登记 already held. */
  registered: { added: string[]; reused: string[] } | null;
}

/**
 * Actions of the write step's templates and notices: make the .zip through the service and hand it to the browser.
 * The issue date of the notices is today's (the clerk's local date); what the 督办登记 holds of them is kept to be told.
 * @example const [loop, actions] = useLoopActions(service, report, progress, asOf, setError); await actions.templates();
 */
export function useLoopActions(
  service: LedgerService,
  check: CheckSummary | null,
  progress: ProgressOutcome | null,
  asOf: string,
  onError: (error: unknown) => void,
  save: (download: WorkbookDownload) => void = saveDownload,
): [LoopActionsState, { templates(): Promise<void>; notices(): Promise<void> }] {
  const [state, setState] = useState<LoopActionsState>({ busy: false, downloaded: null, registered: null });
  const run = useCallback(
    async (make: () => Promise<WorkbookDownload | NoticesDownload> | undefined) => {
      setState({ busy: true, downloaded: null, registered: null });
      try {
        const download = await make();
        if (download) save(download);
        const registered = download && "added" in download ? { added: download.added, reused: download.reused } : null;
        setState({ busy: false, downloaded: download?.fileName ?? null, registered });
      } catch (error) {
        setState({ busy: false, downloaded: null, registered: null });
        onError(error);
      }
    },
    [save, onError],
  );
  const templates = useCallback(() => run(() => (check ? service.makeTemplates?.(check, asOf) : undefined)), [run, service, check, asOf]);
  const notices = useCallback(() => run(() => (progress ? service.makeNotices?.(progress, importTime(new Date()).slice(0, 10)) : undefined)), [run, service, progress]);
  return [state, { templates, notices }];
}
