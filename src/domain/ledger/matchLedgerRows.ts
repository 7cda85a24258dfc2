import { normalizeName } from "../text/normalizeName";
import { cellFingerprint } from "./cellFingerprint";
import { titleSimilarity } from "../titles/titleSimilarity";

/** What identifies a ledger row: its 序号 and its task title. */
export interface LedgerRowKey {
  id: string;
  title: string;
  /**
   * Fingerprints of the id and title the product wrote in this row (from its check code), so a row
   * whose 序号 or title the clerk edited still finds its task.
   */
  generatedAs?: { id: string; title: string };
}

/**
 * Match the rows of an earlier ledger to the current tasks, by task id. A task table's 序号 can be
 * renumbered and repeat per section, so an id alone is not trusted: rows are matched, in turn,
 * (1) by the id and title the product wrote (check-code fingerprints, else the cells), (2) by id and
 * title after normalisation, (3) by title alone (renumbered), (4) by id and a title at least
 * `threshold` similar (a corrected title). Duplicates pair up in order. Returns, for each current
 * key, the index of its earlier row or null.
 * @example matchLedgerRows([{ id: "1", title: "甲" }], [{ id: "2", title: "甲" }]) // [0]
 */
export function matchLedgerRows(previous: readonly LedgerRowKey[], current: readonly LedgerRowKey[], threshold = 0.8): (number | null)[] {
  const result: (number | null)[] = current.map(() => null);
  if (previous.length === 0) return result;
  const used = new Set<number>();
  const prevIds = previous.map((row) => row.id.trim());
  const curIds = current.map((row) => row.id.trim());
  const prevTitles = previous.map((row) => normalizeName(row.title));
  const curTitles = current.map((row) => normalizeName(row.title));

  const byKey = (keyOf: (index: number) => string | null, curKeyOf: (index: number) => string | null): void => {
    const queues = new Map<string, number[]>();
    previous.forEach((_, p) => {
      const key = used.has(p) ? null : keyOf(p);
      if (key === null) return;
      const queue = queues.get(key);
      if (queue) queue.push(p);
      else queues.set(key, [p]);
    });
    current.forEach((_, c) => {
      const key = result[c] === null ? curKeyOf(c) : null;
      const p = key === null ? undefined : queues.get(key)?.shift();
      if (p === undefined) return;
      result[c] = p;
      used.add(p);
    });
  };
  const generatedKey = (row: LedgerRowKey): string => {
    const generated = row.generatedAs ?? { id: cellFingerprint(row.id), title: cellFingerprint(row.title) };
    return `${generated.id}${generated.title}`;
  };
  byKey(
    (p) => generatedKey(previous[p]),
    (c) => generatedKey(current[c]),
  );
  byKey(
    (p) => `${prevIds[p]}\u0000${prevTitles[p]}`,
    (c) => `${curIds[c]}\u0000${curTitles[c]}`,
  );
  byKey(
    (p) => prevTitles[p] || null,
    (c) => curTitles[c] || null,
  );
  current.forEach((_, c) => {
    if (result[c] !== null || curIds[c] === "") return;
    const p = previous.findIndex(
      (__, index) => !used.has(index) && prevIds[index] === curIds[c] && titleSimilarity(prevTitles[index], curTitles[c]) >= threshold,
    );
    if (p < 0) return;
    result[c] = p;
    used.add(p);
  });
  return result;
}
