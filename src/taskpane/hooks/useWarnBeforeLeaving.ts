import { useEffect } from "react";
import type { LedgerService } from "../services/ledgerService";

/**
 * Leaving the page (closing the tab, reloading) while the open workbook holds work not downloaded: the browser asks
 * first. Nothing is asked when no workbook is open or its service cannot tell.
 * @example useWarnBeforeLeaving(opened?.service);
 */
export function useWarnBeforeLeaving(service: Pick<LedgerService, "hasUnsavedChanges"> | undefined): void {
  useEffect(() => {
    if (!service?.hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!service.hasUnsavedChanges?.()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [service]);
}
