import { isSupportedAsOf } from "../../../src/domain/ledger/isSupportedAsOf";
import { ledgerNameTaken } from "../../../src/domain/ledger/ledgerNameTaken";

describe("isSupportedAsOf", () => {
  it.each([
    ["2007-10-31", true],
    ["1900-01-31", true],
    ["2100-12-31", true],
    ["0000-10-31", false],
    ["1899-12-31", false],
    ["2101-01-31", false],
    ["2007-02-30", false],
    ["2007-10-31T00:00", false],
  ])("%s → %s", (asOf, expected) => {
    expect(isSupportedAsOf(asOf)).toBe(expected);
  });
});

describe("ledgerNameTaken", () => {
  const clerkSheet = { name: "台账 2007-10", rows: [["本月督办要点"], ["请省经委11月5日前报送"]] };
  const ledger = { name: "台账 2007-10", rows: [["重点工作任务推进情况台账"], ["序号", "工作任务", "状态"], ["1", "全省努力完成工业投资", "正常推进"]] };

  it("refuses to replace a clerk's own sheet that has the ledger's name", () => {
    expect(ledgerNameTaken([clerkSheet], "台账 2007-10", "任务.xlsx")).toMatchObject({ code: "sheet-name-taken", sheet: "台账 2007-10", file: "任务.xlsx" });
  });

  it("lets the product replace a ledger it wrote", () => {
    expect(ledgerNameTaken([ledger], "台账 2007-10")).toBeNull();
  });

  it("compares names without case, as Excel does", () => {
    expect(ledgerNameTaken([{ name: "Ledger 2007-10", rows: [["notes"]] }], "LEDGER 2007-10")?.code).toBe("sheet-name-taken");
  });
});
