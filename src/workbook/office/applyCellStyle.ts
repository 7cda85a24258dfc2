import type { CellStyle } from "../../domain/layout";

const BORDER_COLOR = "#808080";
type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/**
 * Queue a cell style's formatting on a range's or RangeAreas' format: fill, font, alignment, wrap, thin grey borders
 * (inside lines only where the areas have several rows or columns).
 * @example applyCellStyle(sheet.getRanges("A3:O3,A7:O9").format, { fill: "#FFEB9C", border: true }, { multiRow: true, multiColumn: true })
 */
export function applyCellStyle(format: Excel.RangeFormat, style: CellStyle, shape: { multiRow: boolean; multiColumn: boolean }): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontName) format.font.name = style.fontName;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : style.vertical === "middle" ? "Center" : "Bottom";
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (shape.multiColumn) edges.push("InsideVertical");
    if (shape.multiRow) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }
}
