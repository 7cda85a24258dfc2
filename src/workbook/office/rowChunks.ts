/** Rows first..last inclusive, 0-based. */
export interface RowChunk {
  first: number;
  last: number;
}

/**
 * Split rows into consecutive chunks whose payload (estimated by the caller per row, in bytes) stays
 * under a budget, so no single Office.js request passes Excel's limit (about 5 MB on the web).
 * A row larger than the budget gets a chunk of its own.
 * @example rowChunks([3, 3, 3], 6) // [{ first: 0, last: 1 }, { first: 2, last: 2 }]
 */
export function rowChunks(rowBytes: readonly number[], budget: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  let first = 0;
  let bytes = 0;
  rowBytes.forEach((size, row) => {
    if (row > first && bytes + size > budget) {
      chunks.push({ first, last: row - 1 });
      first = row;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > 0) chunks.push({ first, last: rowBytes.length - 1 });
  return chunks;
}
