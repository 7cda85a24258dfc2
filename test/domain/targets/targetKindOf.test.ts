import { targetKindOf } from "../../../src/domain/targets/targetKindOf";

describe("targetKindOf", () => {
  it.each([
    ["地区生产总值增长", "%", "about", { kind: "growth", qualifier: "about" }],
    ["城镇登记失业率控制在", "%", "at-most", { kind: "cap", qualifier: "at-most" }],
    ["全省总人口控制在", "万人", "exact", { kind: "cap", qualifier: "at-most" }],
    ["单位GDP能耗下降", "%", "at-least", { kind: "reduction", qualifier: "at-least" }],
    ["化学需氧量排放减少", "%", "exact", { kind: "reduction", qualifier: "exact" }],
    ["减少二氧化碳排放", "万吨", "exact", { kind: "amount", qualifier: "exact" }],
    ["参保率达到", "%", "exact", { kind: "level", qualifier: "exact" }],
    ["耕地保有量保持在", "万公顷", "exact", { kind: "level", qualifier: "at-least" }],
    ["粮食播种面积稳定在", "万亩", "at-least", { kind: "level", qualifier: "at-least" }],
    ["就业率提高到", "%", "at-least", { kind: "level", qualifier: "at-least" }],
    ["失业率降低到", "%", "exact", { kind: "cap", qualifier: "at-most" }],
    ["城镇新增就业", "万人", "exact", { kind: "amount", qualifier: "exact" }],
    ["新增就业人数增加", "万人", "exact", { kind: "amount", qualifier: "exact" }],
    ["城镇保障性安居工程建设5年累计新增", "万套", "exact", { kind: "cumulative", qualifier: "exact", years: 5 }],
    ["五年累计完成", "亿元", "exact", { kind: "cumulative", qualifier: "exact", years: 5 }],
    ["比重", "%", "exact", { kind: "level", qualifier: "exact" }],
    ["比重提高", "个百分点", "exact", { kind: "growth", qualifier: "exact" }],
  ] as const)("%s … %s (%s)", (leadIn, unit, qualifier, reading) => {
    expect(targetKindOf(leadIn, unit, qualifier)).toEqual(reading);
  });
});
