import type { Target } from "../../../src/domain/evaluation";
import { combineLeadParts } from "../../../src/domain/progress/combineLeadParts";

const target: Target = { kind: "amount", value: 100, unit: "万亩", qualifier: "exact", subject: "造林绿化", text: "完成造林绿化100万亩" };

describe("combineLeadParts", () => {
  it("sums the parts in the target's unit and names each department before its text, at the first part's row", () => {
    const combined = combineLeadParts(
      [
        { report: { department: "延边州政府", text: "延边州完成造林绿化40万亩", asOf: "2012-10-31", source: { sheet: "进展", cell: "C3" } }, figure: 40 },
        { report: { department: "白山市政府", text: "", value: 100000, unit: "亩", asOf: "2012-09-30", source: { sheet: "进展", cell: "E5" } }, figure: 10 },
      ],
      target,
    );
    expect(combined).toEqual({
      department: "延边州政府、白山市政府",
      text: "延边州政府：延边州完成造林绿化40万亩；白山市政府：100000亩",
      value: 50,
      unit: "万亩",
      asOf: "2012-09-30",
      source: { sheet: "进展", cell: "C3" },
    });
  });
});
