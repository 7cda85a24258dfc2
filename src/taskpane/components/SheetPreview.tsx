import { useLayoutEffect, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellValue, SheetGrid } from "../../domain/grid";
import { columnLetter, parseCellAddress } from "../../domain/grid";
import { useStrings } from "../strings/useStrings";

const useStyles = makeStyles({
  root: { margin: "4px 0 8px 0", border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  caption: { padding: "4px 8px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  scroller: { maxHeight: "220px", overflow: "auto", position: "relative" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "auto" },
  heading: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, zIndex: 1 },
  rowHeading: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, padding: "2px 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right", zIndex: 1 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", maxWidth: "140px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", verticalAlign: "top" },
  target: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: "-2px", backgroundColor: tokens.colorPaletteYellowBackground2, whiteSpace: "normal", minWidth: "120px", maxWidth: "200px" },
  content: { padding: "4px 8px", fontSize: tokens.fontSizeBase200, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
});

/** Rows shown above and below the cell; every column up to a few beyond it. */
const ROWS_AROUND = 12;
const COLUMNS_AFTER = 6;

export interface SheetPreviewProps {
  grid: SheetGrid;
  /** A1 address of the cell to show. */
  cell: string;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * A small grid of the sheet around a cell, the cell outlined and scrolled into view: how the standalone
 * page (which has no Excel window) shows where a problem is.
 * @example <SheetPreview grid={grid} cell="E7" />
 */
export function SheetPreview({ grid, cell }: SheetPreviewProps) {
  const styles = useStyles();
  const { strings } = useStrings();
  const scroller = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLTableCellElement>(null);
  const address = parseCellAddress(cell);
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;

  useLayoutEffect(() => {
    const box = scroller.current;
    const element = target.current;
    if (!box || !element) return;
    box.scrollTop = Math.max(0, element.offsetTop - box.clientHeight / 2 + element.offsetHeight / 2);
    box.scrollLeft = Math.max(0, element.offsetLeft - box.clientWidth / 2 + element.offsetWidth / 2);
  }, [grid, cell]);

  if (!address) return <div className={styles.root}>{strings.check.cellUnavailable}</div>;
  const targetRow = address.row - originRow;
  const targetCol = address.col - originCol;
  const firstRow = Math.max(0, targetRow - ROWS_AROUND);
  const lastRow = Math.max(targetRow, Math.min(grid.rows.length - 1, targetRow + ROWS_AROUND));
  const widest = grid.rows.slice(firstRow, lastRow + 1).reduce((max, row) => Math.max(max, row.length), 0);
  const lastCol = Math.max(targetCol, Math.min(widest - 1, targetCol + COLUMNS_AFTER));
  const rowIndexes = Array.from({ length: lastRow - firstRow + 1 }, (_, index) => firstRow + index);
  const colIndexes = Array.from({ length: lastCol + 1 }, (_, index) => index);
  const content = cellText(grid.rows[targetRow]?.[targetCol]);

  return (
    <div className={styles.root} data-preview-sheet={grid.name} data-preview-cell={cell}>
      <div className={styles.caption}>{strings.check.cellShown(grid.name, cell)}</div>
      <div className={styles.scroller} ref={scroller}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.heading} />
              {colIndexes.map((col) => (
                <th key={col} className={styles.heading}>
                  {columnLetter(col + originCol)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowIndexes.map((row) => (
              <tr key={row}>
                <th className={styles.rowHeading}>{row + originRow + 1}</th>
                {colIndexes.map((col) => {
                  const isTarget = row === targetRow && col === targetCol;
                  const text = cellText(grid.rows[row]?.[col]);
                  return (
                    <td key={col} ref={isTarget ? target : undefined} className={isTarget ? mergeClasses(styles.cell, styles.target) : styles.cell} title={text} data-target={isTarget ? "true" : undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {content && (
        <div className={styles.content} data-testid="preview-content">
          {strings.check.cellContent(cell, content)}
        </div>
      )}
    </div>
  );
}
