import { buildRoster } from "../../../src/domain/departments/buildRoster";
import type { CellValue, SheetGrid } from "../../../src/domain/grid";
import type { Problem } from "../../../src/domain/problem";
import { buildProgress } from "../../../src/domain/progress/buildProgress";
import type { ProgressRow } from "../../../src/domain/progress/progressRow";
import { readProgressSheet } from "../../../src/domain/progress/readProgressSheet";
import type { Task } from "../../../src/domain/task";

/**
 * 分别牵头 (docs/RULES.md#responsibility: each listed department leads its own part). The 2011 division (examples/分工方案2011.txt) names the three eastern
 * governments together — “积极推进延龙图一体化及通化（白山）－丹东经济带建设。（省发展改革委和延边州、通化市、白山市政府负责）”;
 * here each of them leads its own part of one target, as a task table would hold “…（延边州、通化市、白山市政府分别牵头）”.
 */
const LEADS = ["延边州政府", "通化市政府", "白山市政府"];
const task = (id: string, title: string, target: string, supporting: string[] = []): Task => ({
  id,
  title,
  category: "（四）推动东中西部分工协作、良性互动发展",
  target,
  leads: [...LEADS],
  supporting,
  responsibility: "respective",
  deadline: "2012-12-31",
  responsibilityText: "延边州、通化市、白山市政府分别牵头",
  source: { sheet: "重点工作任务分解表", row: Number(id) + 2 },
});
const tasks: Task[] = [
  task("1", "东部三市州完成造林绿化100万亩", "完成造林绿化100万亩", ["省林业厅"]),
  task("2", "东部三市州地区生产总值增长12%", "地区生产总值增长12%"),
];
const roster = buildRoster({
  name: "部门名录",
  rows: [["单位名称", "简称"], ["延边州政府", "延边州人民政府"], ["通化市政府", "通化市人民政府"], ["白山市政府", "白山市人民政府"], ["省林业厅", ""]],
});
const AS_OF = "2012-10-31";

/** A combined sheet of the three governments' reports (序号, 工作任务, 进展情况, 填报单位); rows start at row 3. */
function sheet(rows: CellValue[][]): SheetGrid {
  return {
    name: "东部三市州进展",
    rows: [["东部三市州重点工作进展情况（1-10月）"], ["序号", "工作任务", "1-10月完成情况", "填报单位"], ...rows],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  };
}

function run(rows: CellValue[][]) {
  const read = readProgressSheet(sheet(rows), { tasks, roster, asOf: AS_OF });
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join("\n"));
  const progressRows: ProgressRow[] = read.value;
  const result = buildProgress({ tasks, progressRows, asOf: AS_OF, roster });
  const evaluation = (id: string) => {
    const found = result.evaluations.find((entry) => entry.task.id === id);
    if (!found) throw new Error(`no evaluation for ${id}`);
    return found;
  };
  return { result, evaluation };
}

const withCode = (problems: Problem[], code: string) => problems.filter((problem) => problem.code === code);

const YANBIAN = ["1", "造林绿化", "延边州完成造林绿化40万亩", "延边州政府"];
const TONGHUA = ["1", "造林绿化", "通化市完成造林绿化25万亩", "通化市政府"];
const BAISHAN = ["1", "造林绿化", "白山市完成造林绿化100000亩", "白山市政府"];

describe("buildProgress on a task whose leads each lead their own part (分别牵头)", () => {
  it("sums the three governments' parts in 万亩 (100000亩 = 10万亩): 40 + 25 + 10 = 75 of 100万亩, no conflict", () => {
    const { result, evaluation } = run([YANBIAN, TONGHUA, BAISHAN]);
    const afforestation = evaluation("1");
    expect(afforestation.actual).toBeCloseTo(75, 9);
    expect(afforestation.ratio).toBeCloseTo(0.75, 9);
    expect(afforestation.countingReport).toMatchObject({
      department: "延边州政府、通化市政府、白山市政府",
      value: 75,
      unit: "万亩",
      source: { sheet: "东部三市州进展", cell: "C3" },
    });
    expect(afforestation.countingReport?.text).toBe("延边州政府：延边州完成造林绿化40万亩；通化市政府：通化市完成造林绿化25万亩；白山市政府：白山市完成造林绿化100000亩");
    expect(afforestation.reports.map((report) => report.department)).toEqual(LEADS);
    expect(withCode(result.problems, "conflicting-reports")).toEqual([]);
    expect(withCode(result.problems, "partial-report")).toEqual([]);
  });

  it("does not check one government's share of its own plan (完成年计划的100%) against the sum", () => {
    const { result, evaluation } = run([["1", "造林绿化", "延边州完成造林绿化40万亩，完成年计划的100%", "延边州政府"], TONGHUA, BAISHAN]);
    expect(evaluation("1").ratio).toBeCloseTo(0.75, 9);
    expect(withCode(result.problems, "reported-ratio-differs")).toEqual([]);
  });

  it("sums the parts sent when 白山市政府 has not reported, and asks for its part (partial-report at 延边州's cell)", () => {
    const { result, evaluation } = run([YANBIAN, TONGHUA]);
    const afforestation = evaluation("1");
    expect(afforestation.actual).toBeCloseTo(65, 9);
    expect(afforestation.ratio).toBeCloseTo(0.65, 9);
    expect(afforestation.countingReport?.department).toBe("延边州政府、通化市政府");
    const partial = withCode(result.problems, "partial-report");
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatchObject({ severity: "warning", sheet: "东部三市州进展", cell: "C3", suggestion: "白山市政府" });
    expect(partial[0].message).toContain("白山市政府未报送本期进展");
    expect(partial[0].message).toContain("65万亩");
    expect(partial[0].message).not.toContain("通化市政府未报送");
    expect(partial[0].messageEn).toContain("白山市政府");
    expect(withCode(result.problems, "conflicting-reports")).toEqual([]);
  });

  it("counts the one part sent when only 通化市政府 reported, naming both missing governments", () => {
    const { result, evaluation } = run([TONGHUA]);
    expect(evaluation("1").actual).toBeCloseTo(25, 9);
    expect(evaluation("1").countingReport?.department).toBe("通化市政府");
    const partial = withCode(result.problems, "partial-report");
    expect(partial).toHaveLength(1);
    expect(partial[0].cell).toBe("C3");
    expect(partial[0].message).toContain("延边州政府、白山市政府未报送本期进展");
  });

  it("treats a part with no figure as missing: sums the others, names it in partial-report and keeps its no-figure", () => {
    const { result, evaluation } = run([YANBIAN, TONGHUA, ["1", "造林绿化", "白山市造林绿化工作正在推进", "白山市政府"]]);
    expect(evaluation("1").actual).toBeCloseTo(65, 9);
    const partial = withCode(result.problems, "partial-report");
    expect(partial).toHaveLength(1);
    expect(partial[0].cell).toBe("C3");
    expect(partial[0].message).toContain("白山市政府报送的进展中没有可换算为“万亩”的数字");
    expect(withCode(result.problems, "no-figure").map((problem) => problem.cell)).toEqual(["C5"]);
  });

  it("still flags two different figures from the same lead (延边州 40 and 42万亩) as an error, not the other leads", () => {
    const { result, evaluation } = run([YANBIAN, ["1", "造林绿化", "延边州完成造林绿化42万亩", "延边州政府"], TONGHUA, BAISHAN]);
    const conflicts = withCode(result.problems, "conflicting-reports");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: "error", cell: "C4" });
    expect(conflicts[0].message).toContain("40万亩");
    expect(conflicts[0].message).toContain("42万亩");
    expect(evaluation("1").actual).toBeCloseTo(75, 9);
  });

  it("compares a supporting department's province-wide figure with the sum, not with one government's part", () => {
    const { result } = run([YANBIAN, TONGHUA, BAISHAN, ["1", "造林绿化", "东部三市州完成造林绿化70万亩", "省林业厅"]]);
    const conflicts = withCode(result.problems, "conflicting-reports");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: "warning", cell: "C6" });
    expect(conflicts[0].message).toContain("75万亩");
    expect(conflicts[0].message).toContain("70万亩");
  });

  it("keeps one lead's report counting for a growth target (rates are not summed)", () => {
    const { result, evaluation } = run([
      ["2", "地区生产总值", "1-10月延边州地区生产总值同比增长13%", "延边州政府"],
      ["2", "地区生产总值", "1-10月通化市地区生产总值同比增长11%", "通化市政府"],
    ]);
    const growth = evaluation("2");
    expect(growth.countingReport?.department).toBe("延边州政府");
    expect(growth.actual).toBeCloseTo(13, 9);
    expect(withCode(result.problems, "partial-report")).toEqual([]);
    expect(withCode(result.problems, "conflicting-reports").map((problem) => [problem.cell, problem.severity])).toEqual([["C4", "warning"]]);
  });
});
