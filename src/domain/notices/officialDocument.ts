/**
 * An official document (公文) described as blocks, laid out by GB/T 9704-2012 when rendered: the title in
 * 方正小标宋简体 二号 centred, the number (发文字号) centred, the 主送机关 flush left, the body in 仿宋_GB2312 三号 with a
 * two-character first-line indent, first-level headings in 黑体, tables, and the issuing office and date at the right.
 * Pure data, built in src/domain/notices and rendered by src/workbook/docx.
 */

/** Colour of a mark (the three-colour 督办单: red, yellow, blue), "#RRGGBB". */
export type MarkColor = string;

/** A title may hold "\n" where its lines break (a long title in two balanced lines, GB/T 9704 7.3.3). */
export type DocumentBlock =
  | { kind: "title"; text: string; color?: MarkColor }
  | { kind: "number"; text: string }
  | { kind: "recipient"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "table"; header: string[]; rows: string[][]; widths: number[]; colors?: (MarkColor | null)[][] }
  | { kind: "signature"; office: string; date: string };

export interface OfficialDocument {
  /** File name to give the .docx. */
  fileName: string;
  blocks: DocumentBlock[];
}

/** The fonts named in the document, with the ones used where they are missing (GB/T 9704: 小标宋, 仿宋_GB2312, 黑体). */
export interface DocumentFonts {
  title: string;
  body: string;
  heading: string;
  /** Font written for Latin text and digits, and named as the alternative where a Chinese font is missing. */
  fallback: { title: string; body: string; heading: string };
}

export const GB_FONTS: DocumentFonts = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading: "黑体",
  fallback: { title: "宋体", body: "仿宋", heading: "SimHei" },
};
