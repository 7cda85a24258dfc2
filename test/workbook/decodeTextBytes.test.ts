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

describe("decodeTextBytes with a byte-order mark", () => {
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      bytes.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
    }
    return bytes;
  };

  it("decodes UTF-16 LE (Excel's “Unicode 文本”, Notepad's “Unicode”)", () => {
    expect(decodeTextBytes(utf16("序号\t牵头单位\r\n1\t省国土资源厅", false))).toBe("序号\t牵头单位\r\n1\t省国土资源厅");
  });

  it("decodes UTF-16 BE (Notepad's “Unicode big endian”)", () => {
    expect(decodeTextBytes(utf16("省人力资源社会保障厅", true))).toBe("省人力资源社会保障厅");
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("序号")]))).toBe("序号");
  });
});
