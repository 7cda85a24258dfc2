import { detectLedgerEdits } from "../../../src/domain/ledger/detectLedgerEdits";
import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { AS_OF, evaluation } from "./evaluationFixtures";
import { headerIndex, layoutGrid } from "./layoutTestHelpers";

// 咸安 2023 (test/fixtures/corpus/divisions/xianan-2023-zfgzbg): tasks name their 责任领导.
function withLeaders() {
  const first = evaluation({ id: "1", title: "地区生产总值增长8%以上。", leads: ["区发改局"], status: "on-schedule", ratio: 0.9 });
  first.task.leaders = ["杜新国"];
  const second = evaluation({ id: "7", title: "城乡居民收入增长与经济增长基本同步。", leads: ["区发改局", "区农业农村局"], responsibility: "respective", status: "lagging", ratio: 0.5 });
  second.task.leaders = ["杜新国", "丁玲"];
  return [first, second];
}

describe("ledgerLayout — 责任领导", () => {
  it("writes a 责任领导 column after 配合单位 when tasks name leaders, and none otherwise", () => {
    const { layout } = ledgerLayout(withLeaders(), { asOf: AS_OF });
    const col = headerIndex(layout, "责任领导");
    expect(layout.values[1][col - 1]).toBe("配合单位");
    expect(layout.values[2][col]).toBe("杜新国");
    expect(layout.values[3][col]).toBe("杜新国、丁玲");
    const plain = ledgerLayout([evaluation({ id: "1", title: "耕地保有量保持在553万公顷。", status: "on-schedule" })], { asOf: AS_OF }).layout;
    expect(plain.values[1]).not.toContain("责任领导");
  });

  it("keeps one 责任领导 column when the ledger is regenerated, and the earlier check codes stay valid", () => {
    const first = ledgerLayout(withLeaders(), { asOf: AS_OF });
    const previous = layoutGrid(first.layout);
    const again = ledgerLayout(withLeaders(), { asOf: AS_OF, previous });
    expect(again.layout.values[1].filter((header) => header === "责任领导")).toHaveLength(1);
    expect(detectLedgerEdits(previous, again)).toEqual([]);
  });
});
