/**
 * How much one sheet may hold for the product to read it in seconds and well under 1 GB of memory. Task tables,
 * progress sheets and ledgers hold hundreds to a few thousand rows; a sheet past these limits is refused with a
 * message naming the sheet and the limit, never read until memory runs out.
 * @example SHEET_LIMITS.rows // 100000
 */
export const SHEET_LIMITS = {
  /** Rows holding at least one cell. */
  rows: 100_000,
  /** Cells holding a value or a style. */
  cells: 1_000_000,
  /** Cells covered by merged ranges, all merges of the sheet together. */
  mergedCells: 1_000_000,
  /** Bytes of one part of an .xlsx package once unpacked (a sheet's XML, its shared strings). */
  partBytes: 200_000_000,
} as const;
