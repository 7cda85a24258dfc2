import { readMilestoneState } from "../../../src/domain/progress/readMilestoneState";

describe("readMilestoneState", () => {
  it.each([
    ["已完成", "done"],
    ["已全部完成", "done"],
    ["“三供一业”分离移交工作已全面完成", "done"],
    ["完成市属国有企业公司制改革任务", "done"],
    ["提前完成", "done"],
    ["按计划完成", "done"],
    ["已建成并投入使用", "done"],
    ["实施意见已出台", "done"],
    ["方案已印发", "done"],
    ["已建立协调会议制度，召开协调会议3次", "done"],
    ["工作机制已经正式成立", "done"],
    ["正在建立协调机制", "in-progress"],
    ["正在推进", "in-progress"],
    ["推进中", "in-progress"],
    ["有序推进", "in-progress"],
    ["项目已开工", "in-progress"],
    ["前期工作进行中", "in-progress"],
    ["基本完成", "in-progress"],
    ["未完成", "in-progress"],
    ["尚未完成，正在协调", "in-progress"],
    ["预计6月底完成", null],
    ["将于年底前建成", null],
    ["1-10月完成投资126.6亿元，完成年计划的85.1%", "in-progress"],
    ["未启动", "not-started"],
    ["尚未开展", "not-started"],
    ["项目未开工", "not-started"],
    ["", null],
    ["已报送", null],
  ])("%s → %s", (text, state) => {
    expect(readMilestoneState(text)).toBe(state);
  });
});
