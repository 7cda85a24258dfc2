import { decodeKeyPart } from "../../../src/domain/templates/decodeKeyPart";
import { formatRowKey } from "../../../src/domain/templates/formatRowKey";
import { formatSheetKey } from "../../../src/domain/templates/formatSheetKey";
import { parseRowKey } from "../../../src/domain/templates/parseRowKey";
import { parseSheetKey } from "../../../src/domain/templates/parseSheetKey";
import { rowFingerprint } from "../../../src/domain/templates/rowFingerprint";

describe("a report template's hidden keys", () => {
  it("reads a header key back with a department and task numbers that contain the separators", () => {
    const key = { period: "2007-10", department: "省经委|省统计局", taskIds: ["1", "2,3", "十"] };
    const text = formatSheetKey(key);
    expect(text.startsWith("督查台账填报表|1|2007-10|")).toBe(true);
    expect(text.split("|")).toHaveLength(5);
    expect(parseSheetKey(` ${text} `)).toEqual(key);
    expect(parseSheetKey(formatSheetKey({ period: "2007-10", department: "省经委", taskIds: [] }))?.taskIds).toEqual([]);
  });

  it("reads a row key back, and refuses a header key, a cut key or a broken encoding", () => {
    const key = { taskId: "4", period: "2007-10", department: "省发展改革委", fingerprint: rowFingerprint(["4", "全省努力完成工业投资"]) };
    expect(parseRowKey(formatRowKey(key))).toEqual(key);
    expect(parseRowKey(formatSheetKey({ period: "2007-10", department: "省经委", taskIds: ["4"] }))).toBeNull();
    expect(parseSheetKey(formatRowKey(key))).toBeNull();
    expect(parseRowKey(formatRowKey(key).split("|").slice(0, 4).join("|"))).toBeNull();
    expect(parseRowKey("督查台账填报行|4|2007-10|%E7%9C|9f3a0c21")).toBeNull();
    expect(decodeKeyPart("%E7%9C%81%E7%BB%8F%E5%A7%94")).toBe("省经委");
  });

  it("fingerprints the locked cells as written, ignoring surrounding spaces only", () => {
    const cells = ["1", "全省努力完成工业投资", "完成工业投资1700亿元", "牵头", "亿元"];
    expect(rowFingerprint(cells)).toMatch(/^[0-9a-f]{8}$/);
    expect(rowFingerprint(cells.map((cell) => ` ${cell} `))).toBe(rowFingerprint(cells));
    expect(rowFingerprint([...cells.slice(0, 2), "完成工业投资1800亿元", ...cells.slice(3)])).not.toBe(rowFingerprint(cells));
    expect(rowFingerprint(["12", "3"])).not.toBe(rowFingerprint(["1", "23"]));
  });
});
