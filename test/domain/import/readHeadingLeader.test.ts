import { readHeadingLeader } from "../../../src/domain/import/readHeadingLeader";

describe("readHeadingLeader", () => {
  it("reads the leader a heading names (湖州 2020, 浙江 2024)", () => {
    expect(readHeadingLeader("一、王纲市长主抓重点工作")).toBe("王纲");
    expect(readHeadingLeader("一、王浩省长牵头重点工作")).toBe("王浩");
    expect(readHeadingLeader("二、李明副县长分管工作")).toBe("李明");
  });

  it("reads none from a heading without a leader", () => {
    expect(readHeadingLeader("一、2023年全区经济社会发展主要预期目标")).toBeNull();
    expect(readHeadingLeader("（一）坚定不移做强增长引擎")).toBeNull();
  });
});
