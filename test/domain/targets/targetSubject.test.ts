import { targetSubject } from "../../../src/domain/targets/targetSubject";

describe("targetSubject", () => {
  it.each([
    ["全省努力完成工业投资 ", "工业投资", false],
    ["比上年实际投资增长 ", "实际投资", true],
    ["地方级财政收入可比增长", "地方级财政收入", false],
    ["城镇登记失业率控制在", "城镇登记失业率", false],
    ["森林覆盖率达到", "森林覆盖率", false],
    ["城镇保障性安居工程建设5年累计新增", "城镇保障性安居工程建设", false],
    ["经济效益显著、投资在亿元以上的工业大项目 ", "工业大项目", false],
    ["规模工业利润实现", "规模工业利润", false],
    ["", "", false],
  ])("%s → %s", (leadIn, subject, comparative) => {
    expect(targetSubject(leadIn)).toEqual({ subject, comparative });
  });
});
