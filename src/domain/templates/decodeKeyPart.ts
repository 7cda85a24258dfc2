/**
 * One percent-encoded part of a template key read back, or null when it is not validly encoded (a key typed over
 * or cut short).
 * @example decodeKeyPart("%E7%9C%81%E7%BB%8F%E5%A7%94") // "省经委"
 * @example decodeKeyPart("%E7%9C") // null
 */
export function decodeKeyPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
