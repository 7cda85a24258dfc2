import { useCallback, useState } from "react";
import { saveDownload } from "../saveDownload";
import type { CheckSummary, LedgerService, ProgressOutcome, WorkbookDownload } from "../services/ledgerService";

export interface LoopActionsState {
  busy: boolean;
  downloaded: string | null;
}

/**
 * Actions of the write step's templates and notices: make the .zip through the service and hand it to the browser.
 * The issue date of the notices is today's.
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
  const [state, setState] = useState<LoopActionsState>({ busy: false, downloaded: null });
  const run = useCallback(
    async (make: () => Promise<WorkbookDownload> | undefined) => {
      setState({ busy: true, downloaded: null });
      try {
        const download = await make();
        if (download) save(download);
        setState({ busy: false, downloaded: download?.fileName ?? null });
      } catch (error) {
        setState({ busy: false, downloaded: null });
        onError(error);
      }
    },
    [save, onError],
  );
  const templates = useCallback(() => run(() => (check ? service.makeTemplates?.(check, asOf) : undefined)), [run, service, check, asOf]);
  const notices = useCallback(() => run(() => (progress ? service.makeNotices?.(progress, new Date().toISOString().slice(0, 10)) : undefined)), [run, service, progress]);
  return [state, { templates, notices }];
}
