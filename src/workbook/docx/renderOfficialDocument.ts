import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { DocumentBlock, DocumentFonts, OfficialDocument } from "../../domain/notices/officialDocument";
import { GB_FONTS } from "../../domain/notices/officialDocument";

/** GB/T 9704-2012: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips); 22 lines of 28 characters. */
const PAGE = { width: 11906, height: 16838, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } };
/** 三号 16 pt body, 二号 22 pt title (half-points); an exact line of 28.9 pt gives 22 lines. */
const BODY = 32;
const TITLE = 44;
const TABLE_TEXT = 21;
const LINE = { line: 578, lineRule: LineRuleType.EXACT };

function run(text: string, font: string, fallback: string, size: number, options: { bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text, size, font: { eastAsia: font, ascii: fallback, hAnsi: fallback, hint: "eastAsia" }, ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color.replace("#", "") } : {}) });
}

/** Width of the text block in twips (A4 less the margins). */
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

function table(block: Extract<DocumentBlock, { kind: "table" }>, fonts: DocumentFonts): Table {
  const total = block.widths.reduce((sum, width) => sum + width, 0) || 1;
  const twips = block.widths.map((width) => Math.round((width / total) * TEXT_WIDTH));
  const cell = (text: string, col: number, header: boolean, color: string | null) =>
    new TableCell({
      width: { size: twips[col] ?? 1000, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: header || text.length <= 6 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 320, lineRule: LineRuleType.AT_LEAST },
          children: [header ? run(text, fonts.heading, fonts.fallback.heading, TABLE_TEXT) : run(text, fonts.body, fonts.fallback.body, TABLE_TEXT, color ? { bold: true, color } : {})],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((text, col) => cell(text, col, true, null)) }),
      ...block.rows.map((row, index) => new TableRow({ cantSplit: true, children: row.map((text, col) => cell(text, col, false, block.colors?.[index]?.[col] ?? null)) })),
    ],
  });
}

function blockParagraphs(block: DocumentBlock, fonts: DocumentFonts): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 300, line: 700, lineRule: LineRuleType.EXACT }, children: block.text.split("\n").map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), size: TITLE, font: { eastAsia: fonts.title, ascii: fonts.fallback.title, hAnsi: fonts.fallback.title, hint: "eastAsia" }, ...(block.color ? { color: block.color.replace("#", "") } : {}) })) })];
    case "number":
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 300 }, children: [run(block.text, fonts.body, fonts.fallback.body, BODY)] })];
    case "recipient":
      return [new Paragraph({ spacing: LINE, children: [run(block.text, fonts.body, fonts.fallback.body, BODY)] })];
    case "paragraph":
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, indent: { firstLine: 640 }, children: [run(block.text, fonts.body, fonts.fallback.body, BODY)] })];
    case "heading":
      return [new Paragraph({ spacing: LINE, keepNext: true, keepLines: true, indent: { firstLine: 640 }, children: [run(block.text, fonts.heading, fonts.fallback.heading, BODY)] })];
    case "table":
      return [table(block, fonts), new Paragraph({ spacing: { line: 300, lineRule: LineRuleType.EXACT }, children: [] })];
    case "signature":
      return [
        new Paragraph({ spacing: { ...LINE, before: 578 }, alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [run(block.office, fonts.body, fonts.fallback.body, BODY)] }),
        new Paragraph({ spacing: LINE, alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [run(block.date, fonts.body, fonts.fallback.body, BODY)] }),
      ];
  }
}

/**
 * An official document rendered as .docx with the `docx` library, laid out by GB/T 9704-2012 (A4, its margins,
 * 二号 title in 方正小标宋简体, 三号 仿宋_GB2312 body with 22 lines a page, 黑体 headings, page numbers "— 1 —"
 * at the foot). Each run names the Chinese font for East Asian text and a fallback for Latin text and digits.
 * @example await writeFile(notice.document.fileName, await renderOfficialDocument(notice.document))
 */
export async function renderOfficialDocument(document: OfficialDocument, fonts: DocumentFonts = GB_FONTS): Promise<Uint8Array> {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 28, font: { ascii: "宋体", eastAsia: "宋体", hAnsi: "宋体" } })] })],
  });
  const doc = new Document({
    creator: "督查台账",
    title: document.fileName.replace(/\.docx$/, ""),
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, footers: { default: footer }, children: document.blocks.flatMap((block) => blockParagraphs(block, fonts)) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
