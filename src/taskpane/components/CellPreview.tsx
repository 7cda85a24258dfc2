import { Spinner } from "@fluentui/react-components";
import type { CellSelection } from "../hooks/useCellSelection";
import { SheetPreview } from "./SheetPreview";

/**
 * The standalone page's view of a clicked problem's cell: a spinner while the sheet is read, then the preview.
 * @example {selection && <CellPreview selection={selection} />}
 */
export function CellPreview({ selection }: { selection: CellSelection }) {
  return selection.grid ? <SheetPreview grid={selection.grid} cell={selection.cell} /> : <Spinner size="tiny" style={{ padding: "8px" }} />;
}
