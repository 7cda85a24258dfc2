import { readLeaders } from "../../../src/domain/responsibility/readLeaders";

describe("readLeaders", () => {
  it("takes named leaders out of a responsibility text (咸安 2023)", () => {
    expect(readLeaders("责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局")).toEqual({ leaders: ["杜新国", "丁玲"], rest: ";牵头单位:区发改局、区农业农村局" });
  });

  it("reads 牵头负责领导, 分管省领导 and 市领导 lines (安徽 2022, 广东 2021)", () => {
    expect(readLeaders("牵头负责领导:刘惠。").leaders).toEqual(["刘惠"]);
    expect(readLeaders("分管省领导:林克庆").leaders).toEqual(["林克庆"]);
    expect(readLeaders("市领导：张三 李四").leaders).toEqual(["张三", "李四"]);
  });

  it("leaves a text without leaders as it is", () => {
    expect(readLeaders("牵头单位:区发改局")).toEqual({ leaders: [], rest: "牵头单位:区发改局" });
  });
});
