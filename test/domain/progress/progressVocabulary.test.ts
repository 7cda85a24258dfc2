import { findHeaderRow } from "../../../src/domain/headers/findHeaderRow";
import { PROGRESS_VOCABULARY } from "../../../src/domain/progress/progressVocabulary";

describe("PROGRESS_VOCABULARY", () => {
  it("reads a key-project table's 完成投资额 as the reported figure and its 年计划投资完成率 as the ratio (湘西州 2021, 1-9月)", () => {
    // https://gx-cm.com/www/zwgk/fdxxgknr/zdxm/202110/t20211018_1834042: 隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率
    const header = findHeaderRow(
      {
        name: "1-9月",
        rows: [
          ["序号", "工作任务", "完成投资额", "年计划投资完成率", "填报单位"],
          ["1", "吉首市州重点建设项目(57个)", "65.1", "78.9%", "吉首市"],
        ],
      },
      PROGRESS_VOCABULARY,
    );
    expect(header?.columns).toEqual({ id: 0, title: 1, value: 2, ratio: 3, department: 4 });
  });

  it("reads 累计完成投资 as the figure too, and leaves 年度计划投资 to the target", () => {
    const header = findHeaderRow(
      { name: "进度", rows: [["序号", "项目名称", "年度计划投资", "累计完成投资", "报送单位"]] },
      PROGRESS_VOCABULARY,
    );
    expect(header?.columns).toEqual({ id: 0, title: 1, target: 2, value: 3, department: 4 });
  });
});
