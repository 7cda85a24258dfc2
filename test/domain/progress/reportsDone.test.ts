import { reportsDone } from "../../../src/domain/progress/reportsDone";

describe("reportsDone (words of real circulars, test/fixtures/corpus/progress)", () => {
  it.each([
    "已完成。", // 岳阳楼区 2019, 备注
    "已达标完成。",
    "已超额完成。",
    "1-12月份,完成投资77.57亿元,投资完成率122.6%。圆满完成年度目标任务。", // 沁水县 2021
    "均达到100%", // 萧县 2025
    "已全面完成",
    "项目已建成投用",
  ])("%s says the task is done", (text) => {
    expect(reportsDone(text)).toBe(true);
  });

  it.each([
    "已完成1个(50%)", // 萧县 2025: counts one of two
    "已完成数7.23万人，占年任务之比139.1%", // 岳阳 2019: the figure decides
    "已建成11家全国、省、市最美工会驿站",
    "尚未完成，正在推进",
    "已完成人员配置,警用车辆进入控购审批阶段。", // 岳阳楼区 2019: one part of the work
    "已经完成主体工程建设,室内装修已完成60%。",
    "正在施工中(93%)",
    "因集体土地征收新政策出台滞后,影响签约进度。",
    "",
  ])("%s does not", (text) => {
    expect(reportsDone(text)).toBe(false);
  });
});
