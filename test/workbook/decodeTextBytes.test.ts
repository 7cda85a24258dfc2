import { decodeTextBytes } from "../../src/workbook/decodeTextBytes";

describe("decodeTextBytes", () => {
  it("decodes UTF-8", () => {
    expect(decodeTextBytes(new TextEncoder().encode("省国土资源厅牵头"))).toBe("省国土资源厅牵头");
  });

  it("falls back to GB18030 for CSV saved by Excel or WPS on Chinese Windows", () => {
    // "牵头单位" in GBK: C7 A3 CD B7 B5 A5 CE BB
    const gbk = new Uint8Array([0xc7, 0xa3, 0xcd, 0xb7, 0xb5, 0xa5, 0xce, 0xbb]);
    expect(decodeTextBytes(gbk)).toBe("牵头单位");
  });
});
