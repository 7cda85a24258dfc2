import { canonicalCellText } from "../../../src/domain/ledger/canonicalCellText";
import { cellFingerprint } from "../../../src/domain/ledger/cellFingerprint";
import { contiguousRuns } from "../../../src/domain/layout/contiguousRuns";
import { estimateRowHeight } from "../../../src/domain/layout/estimateRowHeight";
import { ledgerCheckCode } from "../../../src/domain/ledger/ledgerCheckCode";
import { parseLedgerCheckCode } from "../../../src/domain/ledger/parseLedgerCheckCode";
import { textWidth } from "../../../src/domain/layout/textWidth";
import { ledgerColumnRole } from "../../../src/domain/ledger/ledgerColumnRole";

describe("ledger building blocks", () => {
  it("groups consecutive equal keys into runs", () => {
    expect(contiguousRuns(["green", "green", "red", "green"])).toEqual([
      { key: "green", first: 0, last: 1 },
      { key: "red", first: 2, last: 2 },
      { key: "green", first: 3, last: 3 },
    ]);
    expect(contiguousRuns([])).toEqual([]);
  });

  it("measures Chinese text as two units a character and estimates wrapped rows", () => {
    expect(textWidth("省发展改革委")).toBe(12);
    expect(textWidth("126.6亿元")).toBe(9);
    // 27 units in a 10-wide column (9 usable) → 3 lines of 15 pt + 4 pt padding.
    expect(estimateRowHeight(["1", "耕地保有量保持在553万公顷。"], [6, 10])).toBe(49);
    expect(estimateRowHeight(["", ""], [6, 10])).toBe(19);
    expect(estimateRowHeight(["第一行\n第二行"], [40])).toBe(34);
  });

  it("fingerprints cells by their canonical text", () => {
    expect(canonicalCellText(0.8333333333333334)).toBe("0.8333333333");
    expect(canonicalCellText(" 省发展改革委\r\n ")).toBe("省发展改革委");
    expect(canonicalCellText(null)).toBe("");
    expect(cellFingerprint("1")).toBe(cellFingerprint(1));
    expect(cellFingerprint("滞后")).not.toBe(cellFingerprint("严重滞后"));
    expect(cellFingerprint("滞后")).toMatch(/^[0-9a-f]{4}$/);
  });

  it("writes and reads back a row's check code", () => {
    const code = ledgerCheckCode("2009-10-31", { id: "7", title: "组织推动投资在亿元以上的工业大项目200个", actual: 126.6, status: "逾期" });
    expect(code).toMatch(/^2009-10-31\|[0-9a-f]{52}$/);
    const check = parseLedgerCheckCode(code);
    expect(check?.asOf).toBe("2009-10-31");
    expect(check?.fingerprints.actual).toBe(cellFingerprint(126.6));
    expect(check?.fingerprints.status).toBe(cellFingerprint("逾期"));
    expect(Object.keys(check?.fingerprints ?? {})).not.toContain("remark");
    expect(parseLedgerCheckCode("手工添加")).toBeNull();
    expect(parseLedgerCheckCode("2009-10-31|abcd")).toBeNull();
  });

  it("recognises the ledger's headers in either language and bracket width", () => {
    expect(ledgerColumnRole("差距(百分点)")).toBe("gap");
    expect(ledgerColumnRole(" 备 注 ")).toBe("remark");
    expect(ledgerColumnRole("Notes")).toBe("remark");
    expect(ledgerColumnRole("督办次数")).toBeNull();
  });
});
