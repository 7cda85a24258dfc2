import { findConventionNote } from "../../../src/domain/responsibility/findConventionNote";

describe("findConventionNote", () => {
  it("reads 首位单位为牵头单位,下同 inside a 责任单位 line (海盐 2022)", () => {
    const note = findConventionNote("县发改局(首位单位为牵头单位,下同)、县财政局、县税务局");
    expect(note).toMatchObject({ firstListedLeads: true, appliesToRest: true, exceptRespective: false });
  });

  it("still reads 列第一位者为牵头部门 and finds nothing in a text without the rule", () => {
    expect(findConventionNote("省发展改革委、省农委负责。列第一位者为牵头部门，下同")?.appliesToRest).toBe(true);
    expect(findConventionNote("全省生产总值居全国首位,增速为全省第一位")).toBeNull();
  });
});
