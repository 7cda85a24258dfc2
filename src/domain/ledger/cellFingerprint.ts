import type { CellValue } from "../grid";
import { canonicalCellText } from "./canonicalCellText";

/**
 * A 4-hex-digit fingerprint (16 bits of FNV-1a) of a cell's canonical text. The ledger stores one per
 * generated cell in its hidden check-code column, so that a later run can tell which cells the clerk
 * changed by hand. A change goes unnoticed with probability 1/65,536.
 * @example cellFingerprint("滞后") === cellFingerprint("滞后") // true
 * @example cellFingerprint(0.8333333333333334) === cellFingerprint(0.83333333333333) // true
 */
export function cellFingerprint(value: CellValue | undefined): string {
  const text = canonicalCellText(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash ^ (hash >>> 16)) & 0xffff).toString(16).padStart(4, "0");
}
