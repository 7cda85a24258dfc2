import { useCallback, useRef, type MutableRefObject } from "react";
import type { Problem } from "../../domain/problem";
import type { CheckSummary, LedgerService, ProgressFile } from "../services/ledgerService";

/** The part of the progress step's state that choosing the sources reads and changes. */
export interface ProgressSourcesState {
  /** Sheets offered as progress sources (by content, never the product's own); null until prepared. */
  candidates: string[] | null;
  /** Sheets of the workbook chosen as progress sources. */
  sheets: string[];
  files: ProgressFile[];
  fileProblems: Problem[];
  asOf: string;
  /** Where the offered as-of date came from; null once the clerk typed one. */
  asOfFrom: "reports" | "plan-year" | "today" | null;
  busy: boolean;
}

/** Choosing where step 2 reads progress from. */
export interface ProgressSourcesActions {
  toggleSheet(sheet: string, chosen: boolean): void;
  /** Offer and tick the sheets that look like progress and offer the as-of date, once per task table. */
  prepare(): Promise<void>;
  addFiles(files: File[]): Promise<void>;
  removeFile(id: string): void;
}

/**
 * The sources of step 2 (导入进展): the sheets offered and ticked when the step is first shown for a task table
 * (with the as-of date offered, unless the clerk typed one), the sheets the clerk ticks, and separate progress files
 * added (with their reading problems) or removed. Works on the progress step's state through its ref and patch
 * (usePatchedState).
 * @example const sources = useProgressSources(service, report, stateRef, update, setError); await sources.prepare();
 */
export function useProgressSources(
  service: LedgerService,
  check: CheckSummary | null,
  stateRef: MutableRefObject<ProgressSourcesState>,
  update: (patch: Partial<ProgressSourcesState>) => void,
  onError: (error: unknown) => void,
): ProgressSourcesActions {
  const prepared = useRef<string | null>(null);

  const toggleSheet = useCallback(
    (sheet: string, chosen: boolean) => {
      const others = stateRef.current.sheets.filter((name) => name !== sheet);
      update({ sheets: chosen ? [...others, sheet] : others });
    },
    [stateRef, update],
  );

  const prepare = useCallback(async () => {
    const offer = service.prepareProgress;
    if (!offer || !check) return;
    try {
      const choices = await offer.call(service, check, new Date().toISOString().slice(0, 10));
      const first = prepared.current !== check.sheet;
      prepared.current = check.sheet;
      const kept = stateRef.current.sheets.filter((name) => choices.candidates.includes(name));
      update({
        candidates: choices.candidates,
        sheets: first ? choices.suggested : kept,
        ...(first || stateRef.current.asOfFrom !== null ? { asOf: choices.asOf.asOf, asOfFrom: choices.asOf.from } : {}),
      });
    } catch (error) {
      onError(error);
    }
  }, [service, check, stateRef, update, onError]);

  const addFiles = useCallback(
    async (files: File[]) => {
      const add = service.addProgressFile;
      if (!add) return;
      update({ busy: true });
      try {
        const added: ProgressFile[] = [];
        const problems: Problem[] = [];
        for (const file of files) {
          const result = await add.call(service, file.name, await file.arrayBuffer());
          if (result.file) added.push(result.file);
          problems.push(...result.problems);
        }
        update({ files: [...stateRef.current.files, ...added], fileProblems: problems, busy: false });
      } catch (error) {
        update({ busy: false });
        onError(error);
      }
    },
    [stateRef, service, update, onError],
  );

  const removeFile = useCallback((id: string) => update({ files: stateRef.current.files.filter((file) => file.id !== id) }), [stateRef, update]);
  return { toggleSheet, prepare, addFiles, removeFile };
}
