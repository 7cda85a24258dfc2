/**
 * Decode the bytes of a text file (CSV, TXT) as UTF-8, or as GB18030 when they are not valid UTF-8
 * (CSV saved by Excel or WPS on a Chinese Windows is GBK). Works in Node and in browsers.
 * @example decodeTextBytes(new Uint8Array([0xb2, 0xe2])) // "测"
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
