import JSZip from "jszip";

/** How parts are unpacked. */
export interface PackageReading {
  /**
   * The platform's raw-deflate decoder (the command line: node:zlib), several times faster than JSZip's; it must
   * refuse output past `limit` bytes. Without it, or when it fails, JSZip unpacks the part.
   */
  inflateRaw?: (compressed: Uint8Array, limit: number) => Uint8Array;
}

/** An .xlsx package opened as a zip, with its worksheets by name. */
export interface XlsxPackage {
  zip: JSZip;
  /** Every part's path inside the package. */
  paths: string[];
  /** Worksheets in tab order: the name on the tab and the path of its XML part (xl/worksheets/sheet1.xml). */
  sheets: { name: string; path: string }[];
  /** A part's text, unpacked once however many checks read it (null when the package has no such part). */
  text(path: string): Promise<string | null>;
}

/**
 * Open the bytes of an .xlsx as its zip package, without interpreting cells (for checks made before ExcelJS reads
 * it: parts ExcelJS would drop, sheets too large to read). Null when the bytes are no zip.
 * @example (await readXlsxPackage(bytes))?.sheets // [{ name: "任务分解表", path: "xl/worksheets/sheet1.xml" }]
 */
export async function readXlsxPackage(bytes: Uint8Array, options: PackageReading = {}): Promise<XlsxPackage | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path].dir);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(match[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(match[0])?.[1];
    const path = id !== undefined ? targets.get(id) : undefined;
    if (name !== undefined && path !== undefined) sheets.push({ name: unescapeXml(name), path });
  }
  const utf8 = new TextDecoder();
  const texts = new Map<string, Promise<string | null>>();
  const text = (path: string): Promise<string | null> => {
    let read = texts.get(path);
    if (read === undefined) {
      // Bytes decoded by the platform: several times faster than JSZip's own UTF-8 decoding of a large sheet.
      const part = zip.file(path);
      const inflated = part === null || options.inflateRaw === undefined ? null : inflatePart(part, options.inflateRaw);
      read = inflated !== null ? Promise.resolve(utf8.decode(inflated)) : (part?.async("uint8array").then((bytes) => utf8.decode(bytes)) ?? Promise.resolve(null));
      texts.set(path, read);
    }
    return read;
  };
  return { zip, paths, sheets, text };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** JSZip's record of a part as read from the package (not part of its typed interface). */
interface CompressedPart {
  uncompressedSize?: number;
  compression?: { magic?: string };
  compressedContent?: unknown;
}

/** Declared sizes above this are not trusted to the platform decoder's bound: JSZip unpacks them (and the checks refuse them). */
const INFLATE_LIMIT = 200_000_000;

/** A deflated or stored part unpacked by the platform's decoder, its size checked against the declared one; null to let JSZip do it. */
function inflatePart(part: JSZip.JSZipObject, inflateRaw: NonNullable<PackageReading["inflateRaw"]>): Uint8Array | null {
  const data = (part as unknown as { _data?: CompressedPart })._data;
  const content = data?.compressedContent;
  const size = data?.uncompressedSize;
  if (!(content instanceof Uint8Array) || typeof size !== "number" || size > INFLATE_LIMIT) return null;
  const magic = data?.compression?.magic;
  try {
    const bytes = magic === "\x08\x00" ? inflateRaw(content, size) : magic === "\x00\x00" ? content : null;
    return bytes !== null && bytes.length === size ? bytes : null;
  } catch {
    return null;
  }
}
