import { breakChineseLines } from "../../../src/domain/layout/breakChineseLines";
import { textWidth } from "../../../src/domain/layout/textWidth";

const CLOSING = /^[）)」』》〉】〕”’、，,。；;：:！!？?…％%]/;
const OPENING = /[（(「『《〈【〔“‘]$/;

/** The circular of the 2007 工业项目年 sample as of 2007-10-31 (examples/工业项目年2007.xlsx), as the product writes it. */
const CIRCULAR_2007 =
  "截至10月末，列入本次通报的量化指标任务共14项，达到序时进度9项、占比64.3%；未达到序时进度3项、占比21.4%，分别为：全部工业总产值完成7000亿元（牵头单位：省统计局）、规模以上工业增加值增长20%以上（牵头单位：省统计局）、全省努力完成工业投资（牵头单位：省经委）。未按时报送进展的任务2项：工业大项目计划总投资798亿元（牵头单位：省发展改革委）、新开工亿元以上项目100个（牵头单位：省发展改革委）。";
/** A circular paragraph of the 2011 plan (examples/分工方案2011.txt), tasks named with their responsible departments. */
const CIRCULAR_2011 =
  "截至9月末，列入本次通报的量化指标任务共55项，达到序时进度44项、占比80.0%；未达到序时进度11项、占比20.0%，分别为：耕地保有量保持在553万公顷（牵头单位：省国土资源厅）、单位工业增加值用水量降低30％（责任单位：省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅）、非化石能源占一次能源消费比重达到9.8％（牵头单位：省能源局）。";

describe("breakChineseLines (禁则: no line starts with a closing mark)", () => {
  it.each([CIRCULAR_2007, CIRCULAR_2011])("keeps every rule at every width from 8 to 140 units: %#", (circular) => {
    for (let width = 8; width <= 140; width += 1) {
      const lines = breakChineseLines(circular, width);
      expect(lines.join("")).toBe(circular);
      for (const line of lines) {
        expect({ width, line, starts: CLOSING.test(line), ends: OPENING.test(line), fits: textWidth(line) <= width }).toEqual({ width, line, starts: false, ends: false, fits: true });
      }
    }
  });

  it("moves the character before a closing bracket down with it instead of starting a line with ）", () => {
    // Greedy at 38 units (19 汉字) the first line would end after 省经委 and the second start with ）。
    const text = "全省努力完成工业投资（牵头单位：省经委）。";
    expect(breakChineseLines(text, 38)).toEqual(["全省努力完成工业投资（牵头单位：省经", "委）。"]);
    expect(breakChineseLines("未达到序时进度3项，分别为：全省工业用电量（牵头单位：省经委）。", 24)).toEqual(["未达到序时进度3项，分别", "为：全省工业用电量（牵头", "单位：省经委）。"]);
  });

  it("never ends a line with an opening bracket and never splits a figure", () => {
    expect(breakChineseLines("达到序时进度（牵头单位：省经委）", 14)).toEqual(["达到序时进度", "（牵头单位：省", "经委）"]);
    expect(breakChineseLines("完成工业投资1438.6亿元，占比84.6%。", 16)).toEqual(["完成工业投资", "1438.6亿元，占比", "84.6%。"]);
  });

  it("keeps the line breaks already in the text", () => {
    expect(breakChineseLines("第一段。\n第二段。", 40)).toEqual(["第一段。", "第二段。"]);
  });
});
