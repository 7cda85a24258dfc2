import JSZip from "jszip";
import { readZipDirectory, type ZipPart } from "./readZipDirectory";

/** How parts are unpacked. */
export interface PackageReading {
  /**
   * The platform's raw-deflate decoder (the command line: node:zlib), several times faster than JSZip's; it must
   * refuse output past `limit` bytes. With it, the package's directory is read in place (readZipDirectory) and JSZip
   * opens only a package, or unpacks only a part, the quick way cannot.
   */
  inflateRaw?: (compressed: Uint8Array, limit: number) => Uint8Array;
}

/** An .xlsx package opened as a zip, with its worksheets by name. */
export interface XlsxPackage {
  /** Every part's path inside the package. */
  paths: string[];
  /** Worksheets in tab order: the name on the tab and the path of its XML part (xl/worksheets/sheet1.xml). */
  sheets: { name: string; path: string }[];
  /** A part's text, unpacked once however many checks read it (null when the package has no such part). */
  text(path: string): Promise<string | null>;
  /** The size a part declares once unpacked (what a hostile package says, before anything is unpacked); null when none. */
  declaredSize(path: string): number | null;
}

/** Where a package's parts come from: its directory read in place, or JSZip. */
interface PartSource {
  paths: string[];
  declaredSize(path: string): number | null;
  bytes(path: string): Promise<Uint8Array | null>;
}

/**
 * Open the bytes of an .xlsx as its zip package, without interpreting cells (for checks made before ExcelJS reads
 * it: parts ExcelJS would drop, sheets too large to read). Null when the bytes are no zip.
 * @example (await readXlsxPackage(bytes))?.sheets // [{ name: "任务分解表", path: "xl/worksheets/sheet1.xml" }]
 */
export async function readXlsxPackage(bytes: Uint8Array, options: PackageReading = {}): Promise<XlsxPackage | null> {
  const directory = options.inflateRaw !== undefined ? readZipDirectory(bytes) : null;
  const source = directory !== null && options.inflateRaw !== undefined ? partsInPlace(bytes, directory, options.inflateRaw) : await partsByJsZip(bytes);
  if (source === null) return null;
  // Bytes decoded by the platform: several times faster than JSZip's own UTF-8 decoding of a large sheet.
  const utf8 = new TextDecoder();
  const texts = new Map<string, Promise<string | null>>();
  const text = (path: string): Promise<string | null> => {
    let read = texts.get(path);
    if (read === undefined) texts.set(path, (read = source.bytes(path).then((part) => (part === null ? null : utf8.decode(part)))));
    return read;
  };
  const workbook = (await text("xl/workbook.xml")) ?? "";
  const rels = (await text("xl/_rels/workbook.xml.rels")) ?? "";
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
  return { paths: source.paths, sheets, text, declaredSize: (path) => source.declaredSize(path) };
}

/** The parts through JSZip (null when the bytes are no zip it can open). */
async function partsByJsZip(bytes: Uint8Array): Promise<PartSource | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  return {
    paths: Object.keys(zip.files).filter((path) => !zip.files[path].dir),
    declaredSize: (path) => {
      const part = zip.file(path);
      return part === null ? null : ((part as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0);
    },
    bytes: (path) => zip.file(path)?.async("uint8array") ?? Promise.resolve(null),
  };
}

/**
 * The parts read in place from the directory, unpacked by the platform's decoder up to their declared size; a part it
 * refuses (larger than declared, damaged) is unpacked by JSZip, opened then.
 */
function partsInPlace(bytes: Uint8Array, directory: Map<string, ZipPart>, inflateRaw: NonNullable<PackageReading["inflateRaw"]>): PartSource {
  let jsZip: Promise<PartSource | null> | null = null;
  const byJsZip = async (path: string): Promise<Uint8Array | null> => (await (jsZip ??= partsByJsZip(bytes)))?.bytes(path) ?? null;
  return {
    paths: [...directory.keys()].filter((path) => !path.endsWith("/")),
    declaredSize: (path) => directory.get(path)?.size ?? null,
    bytes: (path) => {
      const part = directory.get(path);
      if (part === undefined) return Promise.resolve(null);
      const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
      try {
        const unpacked = part.method === 0 ? data : part.size > INFLATE_LIMIT ? null : inflateRaw(data, part.size);
        if (unpacked !== null && unpacked.length === part.size) return Promise.resolve(unpacked);
      } catch {
        // Larger than it says, or damaged: JSZip tells.
      }
      return byJsZip(path);
    },
  };
}

/** Declared sizes above this are not trusted to the platform decoder's bound: JSZip unpacks them (and the checks refuse them). */
const INFLATE_LIMIT = 200_000_000;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
