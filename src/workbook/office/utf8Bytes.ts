/**
 * Bytes of a string in UTF-8, as Excel counts a request or response against its payload limit: 1 for ASCII, 2 up to
 * U+07FF, 3 for the rest of the BMP (every Chinese character), 4 for a surrogate pair — not `length * 2`.
 * @example utf8Bytes("台账") // 6
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
