import { ledgerLayout } from "../../../src/domain/ledger/ledgerLayout";
import { completionRanges } from "../../../src/domain/summary/completionRanges";
import { summaryGroups } from "../../../src/domain/summary/summaryGroups";
import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { AS_OF, sampleEvaluations } from "../ledger/evaluationFixtures";

describe("completionRanges", () => {
  const evaluations = sampleEvaluations();

  it("finds each summary table's groups and their 平均完成率, without the 合计 row", () => {
    const layout = summaryLayout(evaluations, { asOf: AS_OF });
    const ranges = completionRanges(layout);
    expect(ranges.map((range) => range.title)).toEqual(["一、按牵头单位", "二、按类别"]);
    const byDepartment = summaryGroups(evaluations, "department");
    const [departments, categories] = ranges;
    const names = (range: typeof departments): unknown[] => {
      const cells = range.names ?? { top: 0, bottom: -1, left: 0 };
      return layout.values.slice(cells.top, cells.bottom + 1).map((row) => row[cells.left]);
    };
    expect(names(departments)).toEqual(byDepartment.map((group) => group.name));
    const ratios = layout.values.slice(departments.ratios.top, departments.ratios.bottom + 1).map((row) => row[departments.ratios.left]);
    expect(ratios).toEqual(byDepartment.map((group) => group.tally.averageRatio));
    expect(layout.values[departments.ratios.top - 1][departments.ratios.left]).toBe("平均完成率");
    expect(names(categories)).toEqual(summaryGroups(evaluations, "category").map((group) => group.name));
    expect(layout.values[categories.ratios.bottom + 1][0]).toBe("合计");
  });

  it("reads the English summary the same way", () => {
    const ranges = completionRanges(summaryLayout(evaluations, { asOf: AS_OF, lang: "en" }));
    expect(ranges.map((range) => range.title)).toEqual(["1. By lead department", "2. By category"]);
  });

  it("finds the ledger's 完成率 column over its task rows", () => {
    const { layout } = ledgerLayout(evaluations, { asOf: AS_OF });
    const [range] = completionRanges(layout);
    expect(range.title).toBe("完成率");
    expect(range.names).toBeNull();
    expect(layout.values[range.ratios.top - 1][range.ratios.left]).toBe("完成率");
    const ratios = layout.values.slice(range.ratios.top, range.ratios.bottom + 1).map((row) => row[range.ratios.left]);
    expect(ratios.filter((value) => typeof value === "number")).toEqual(
      evaluations.filter((evaluation) => typeof evaluation.ratio === "number").map((evaluation) => evaluation.ratio),
    );
  });

  it("finds nothing in a sheet that is neither", () => {
    expect(completionRanges({ name: "任务分解表", values: [["序号", "工作任务"]], columnWidths: [], merges: [], styles: [], kind: "task-table" })).toEqual([]);
  });
});
