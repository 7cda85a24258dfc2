/** One part of a zip package, as its central directory records it. */
export interface ZipPart {
  /** 0: stored, 8: deflated. */
  method: number;
  compressedSize: number;
  /** The size it declares once unpacked. */
  size: number;
  /** Where its data starts in the package's bytes. */
  dataStart: number;
  /** Where its local header starts, and where its central directory record starts and how long it is. */
  localStart: number;
  centralStart: number;
  centralLength: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A 16- or 32-bit field at its maximum: the real value is in a ZIP64 record, not read here. */
const ZIP64_COUNT = 0xffff;
const ZIP64_SIZE = 0xffffffff;
/** The end record's comment is at most this long. */
const MAX_COMMENT = 0xffff;

/**
 * The parts of a zip package by name, read from its central directory alone (nothing unpacked): the quick way for
 * the checks made before ExcelJS opens an .xlsx. Null for anything but a plain, whole, single-disk archive of stored
 * or deflated parts with ASCII or UTF-8 names (ZIP64, encryption, a damaged directory …): JSZip reads those.
 * @example readZipDirectory(bytes)?.get("xl/workbook.xml") // { method: 8, compressedSize: 512, size: 1235, dataStart: 1180, … }
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipPart> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count || count === ZIP64_COUNT || at + directorySize > end) return null;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const parts = new Map<string, ZipPart>();
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const localAt = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Encrypted, or a name in a legacy code page (bit 11 clear and not ASCII): left to JSZip.
    if ((flags & 0x0001) !== 0 || (method !== 0 && method !== 8) || compressedSize === ZIP64_SIZE || size === ZIP64_SIZE || localAt === ZIP64_SIZE) return null;
    if ((flags & 0x0800) === 0 && nameBytes.some((byte) => byte >= 0x80)) return null;
    if (localAt + 30 > end || view.getUint32(localAt, true) !== LOCAL_HEADER || view.getUint16(localAt + 26, true) !== nameLength) return null;
    const dataStart = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (dataStart + compressedSize > end) return null;
    let name: string;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      return null;
    }
    if (parts.has(name)) return null;
    const centralLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    parts.set(name, { method, compressedSize, size, dataStart, localStart: localAt, centralStart: at, centralLength });
    at += centralLength;
  }
  return parts;
}

/** Where the end-of-central-directory record starts (searched back over a comment), or -1. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}
