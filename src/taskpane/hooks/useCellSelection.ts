import { useCallback, useRef, useState } from "react";
import type { SheetGrid } from "../../domain/grid";
import type { Problem } from "../../domain/problem";
import type { LedgerService } from "../services/ledgerService";

/** The problem whose cell the clerk clicked, and (standalone page) the sheet to show it in. */
export interface CellSelection {
  problem: Problem;
  sheet: string;
  cell: string;
  /** The sheet read for the preview (browser only); null while reading or in Excel. */
  grid: SheetGrid | null;
}

/**
 * Going to a problem's cell: in Excel the service selects it; on the standalone page the sheet is read
 * too, for the pane's preview. Only problems in the open workbook can be selected (not those of separate
 * progress files): `canSelect` tells which.
 * @example const [selection, select, canSelect, clear] = useCellSelection(service, setError); <ProblemList onSelect={select} … />
 */
export function useCellSelection(
  service: LedgerService,
  onError: (error: unknown) => void,
): [CellSelection | null, (problem: Problem) => Promise<void>, (problem: Problem) => boolean, () => void] {
  const [selection, setSelection] = useState<CellSelection | null>(null);
  const latest = useRef<Problem | null>(null);

  const canSelect = useCallback(
    (problem: Problem) => Boolean(problem.sheet && problem.cell && (problem.file === undefined || problem.file === service.workbookName)),
    [service],
  );

  const select = useCallback(
    async (problem: Problem) => {
      const { sheet, cell } = problem;
      if (!sheet || !cell || !canSelect(problem)) return;
      latest.current = problem;
      setSelection({ problem, sheet, cell, grid: null });
      try {
        await service.selectCell(sheet, cell);
        if (service.host === "browser") {
          const grid = await service.readSheet(sheet);
          if (latest.current === problem) setSelection({ problem, sheet, cell, grid });
        }
      } catch (error) {
        onError(error);
      }
    },
    [service, canSelect, onError],
  );

  const clear = useCallback(() => {
    latest.current = null;
    setSelection(null);
  }, []);

  return [selection, select, canSelect, clear];
}
