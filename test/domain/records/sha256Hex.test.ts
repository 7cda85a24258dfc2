import { createHash } from "node:crypto";
import { sha256Hex } from "../../../src/domain/records/sha256Hex";

describe("sha256Hex", () => {
  it.each(["", "abc", "省经委|1|1-10月全省完成工业投资1438.6亿元|1438.6", "a".repeat(55), "b".repeat(64), "进展".repeat(200), "𠀀 emoji 😀"])("agrees with node's SHA-256 on %j", (text) => {
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});
