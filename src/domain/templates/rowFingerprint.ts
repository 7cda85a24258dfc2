/**
 * A short fingerprint (FNV-1a, 32 bits, hex) of the locked cells of a report template's row as written: 序号,
 * 工作任务, 年度目标, 本单位职责, 单位. Not a security measure: it only tells that something changed.
 * @example rowFingerprint(["1", "全省努力完成工业投资", "完成工业投资1700亿元", "牵头", "亿元"]).length // 8
 */
export function rowFingerprint(cells: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of cells.map((cell) => cell.trim()).join("\u0001")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
