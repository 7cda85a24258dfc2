/** Helpers to look at a SheetLayout the way a writer renders it. */
import type { SheetGrid } from "../../../src/domain/grid";
import type { CellStyle, SheetLayout } from "../../../src/domain/layout";

/** The style a cell ends up with: the runs covering it, applied in order. */
export function effectiveStyle(layout: SheetLayout, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const run of layout.styles) {
    const { top, left, bottom, right } = run.range;
    if (row >= top && row <= bottom && col >= left && col <= right) style = { ...style, ...run.style };
  }
  return style;
}

/** A layout as a reader would give it back (values only, empty cells null). */
export function layoutGrid(layout: SheetLayout): SheetGrid {
  return { name: layout.name, rows: layout.values.map((row) => row.map((value) => (value === "" ? null : value))), origin: { row: 0, col: 0 } };
}

/** Index of a header in the layout's header row (row 1). */
export function headerIndex(layout: SheetLayout, header: string): number {
  const index = layout.values[1].indexOf(header);
  if (index < 0) throw new Error(`no header ${header} in ${JSON.stringify(layout.values[1])}`);
  return index;
}
