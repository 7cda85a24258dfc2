/**
 * Decode the bytes of a text file (CSV, TXT): UTF-16 little- or big-endian when it opens with that byte-order mark
 * (Excel's “Unicode 文本”, Notepad's “Unicode” / “Unicode big endian”), else UTF-8 (a BOM dropped), or GB18030 when
 * the bytes are not valid UTF-8 (CSV saved by Excel or WPS on a Chinese Windows is GBK). Works in Node and in browsers.
 * @example decodeTextBytes(new Uint8Array([0xb2, 0xe2])) // "测"
 * @example decodeTextBytes(new Uint8Array([0xff, 0xfe, 0x4b, 0x6d])) // "测"
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
