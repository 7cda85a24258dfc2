import { summaryLayout } from "../../../src/domain/summary/summaryLayout";
import { summaryGroups } from "../../../src/domain/summary/summaryGroups";
import { rankTallies } from "../../../src/domain/summary/rankTallies";
import { tallyEvaluations } from "../../../src/domain/summary/tallyEvaluations";
import { circularParagraph } from "../../../src/domain/summary/circularParagraph";
import { statusColor } from "../../../src/domain/status/statusColor";
import { AS_OF, sampleEvaluations } from "../ledger/evaluationFixtures";
import { effectiveStyle } from "../ledger/layoutTestHelpers";

const HEADER = ["牵头单位", "任务数", "已完成", "序时推进", "临期", "滞后", "严重滞后", "逾期", "未报送", "缺数字", "达到序时进度", "达序率", "平均完成率", "排名"];

describe("summaryGroups and tallies", () => {
  it("counts a joint task under each responsible department and a 分别牵头 task under each lead", () => {
    const groups = summaryGroups(sampleEvaluations(), "department");
    const names = groups.map((group) => group.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "省国土资源厅",
        "省水利厅",
        "省发展改革委",
        "省工业信息化厅",
        "省住房城乡建设厅",
        "省能源局",
        "省人力资源社会保障厅",
        "省卫生厅",
        "省国资委",
      ]),
    );
    const ndrc = groups.find((group) => group.name === "省发展改革委");
    // Task 2 (joint, lagging) and task 7 (分别牵头, overdue).
    expect(ndrc?.tally.tasks).toBe(2);
    expect(ndrc?.tally.byStatus.lagging).toBe(1);
    expect(ndrc?.tally.byStatus.overdue).toBe(1);
    expect(ndrc?.tally.reachingShare).toBe(0);
    const hr = groups.find((group) => group.name === "省人力资源社会保障厅");
    expect(hr?.tally.tasks).toBe(2);
    expect(hr?.tally.reaching).toBe(1);
    expect(hr?.tally.averageRatio).toBeCloseTo(0.9);
  });

  it("ranks by 达序率, then average completion, ties sharing a rank", () => {
    expect(
      rankTallies([
        { reachingShare: 0.5, averageRatio: 0.7 },
        { reachingShare: 1, averageRatio: 0.9 },
        { reachingShare: 0.5, averageRatio: 0.7 },
        { reachingShare: 0.5, averageRatio: 0.8 },
        { reachingShare: null, averageRatio: null },
      ]),
    ).toEqual([3, 1, 3, 2, 5]);
    const groups = summaryGroups(sampleEvaluations(), "department");
    expect(groups.map((group) => group.rank)).toEqual([...groups.map((group) => group.rank)].sort((a, b) => a - b));
    expect(groups[0].tally.reachingShare).toBe(1);
  });

  it("caps each task at 100% in the average completion ratio", () => {
    const tally = tallyEvaluations([
      { status: "done", ratio: 1.5 },
      { status: "lagging", ratio: 0.5 },
      { status: "no-report", ratio: null },
    ]);
    expect(tally.averageRatio).toBeCloseTo(0.75);
    expect(tally.reachingShare).toBeCloseTo(1 / 3);
  });
});

describe("summaryLayout", () => {
  const evaluations = sampleEvaluations();
  const layout = summaryLayout(evaluations, { asOf: AS_OF });

  it("names and titles the sheet by period and carries the circular paragraph", () => {
    expect(layout.name).toBe("通报汇总 2009-10");
    expect(layout.kind).toBe("summary");
    expect(layout.values[0][0]).toBe("重点工作任务推进情况通报汇总（截至2009年10月31日）");
    const cell = String(layout.values[1][0]);
    // The paragraph, broken into lines by the line-breaking rule: no line starts with a closing mark.
    expect(cell.replace(/\n/g, "")).toBe(circularParagraph(evaluations, { asOf: AS_OF }));
    expect(cell.split("\n").length).toBeGreaterThan(1);
    for (const line of cell.split("\n")) expect(line).not.toMatch(/^[）」》、，。；：！？]/);
    expect(cell.replace(/\n/g, "")).toMatch(/^截至10月末，列入本次通报的量化指标任务共7项，达到序时进度3项、占比42.9%；未达到序时进度3项、占比42.9%，分别为：.*。未按时报送进展的任务1项：城乡三项基本医疗保险参保率达到92％/);
    expect(layout.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: 13 });
    expect(effectiveStyle(layout, 1, 0).wrap).toBe(true);
    expect(layout.rowHeights?.[1]).toBeGreaterThan(30);
  });

  it("has a table per lead department with counts, 达序率, average and rank, and a 合计 counting each task once", () => {
    const header = layout.values.findIndex((row) => row[0] === "牵头单位");
    expect(layout.values[header]).toEqual(HEADER);
    expect(layout.values[header - 1][0]).toBe("一、按牵头单位");
    const rows = layout.values.slice(header + 1, header + 11);
    expect(rows[9][0]).toBe("合计");
    expect(rows[9].slice(1, 11)).toEqual([8, 2, 1, 1, 1, 1, 1, 1, 0, 4]);
    expect(rows[9][11]).toBe(0.5);
    expect(rows[9][13]).toBeNull();
    const land = rows.find((row) => row[0] === "省国土资源厅") ?? [];
    expect(land.slice(1, 11)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(land[11]).toBe(1);
    expect(land[13]).toBe(1);
    expect(effectiveStyle(layout, header + 1, 11).numberFormat).toBe("0.0%");
    expect(effectiveStyle(layout, header + 1, 12).numberFormat).toBe("0.0%");
    expect(effectiveStyle(layout, header + 10, 0).bold).toBe(true);
  });

  it("has a table per category in document order", () => {
    const header = layout.values.findIndex((row) => row[0] === "类别");
    expect(layout.values[header - 1][0]).toBe("二、按类别");
    expect(layout.values.slice(header + 1, header + 4).map((row) => [row[0], row[1]])).toEqual([
      ["（一）约束性指标", 6],
      ["（二）工业项目年", 2],
      ["合计", 8],
    ]);
  });

  it("colours like the ledger: status headers in their colours, non-zero counts of statuses behind schedule filled", () => {
    const header = layout.values.findIndex((row) => row[0] === "牵头单位");
    expect(effectiveStyle(layout, header, 2).fill).toBe(statusColor("done").fill);
    expect(effectiveStyle(layout, header, 5).fill).toBe(statusColor("lagging").fill);
    expect(effectiveStyle(layout, header, 8).fill).toBe(statusColor("no-report").fill);
    const row = layout.values.findIndex((values, index) => index > header && values[0] === "省发展改革委");
    expect(effectiveStyle(layout, row, 5).fill).toBe(statusColor("lagging").fill);
    expect(effectiveStyle(layout, row, 7).fill).toBe(statusColor("overdue").fill);
    expect(effectiveStyle(layout, row, 6).fill).toBeUndefined();
    expect(effectiveStyle(layout, row, 2).fill).toBeUndefined();
  });

  it("defines its terms under the tables and prints A4 landscape", () => {
    const note = layout.values[layout.values.length - 1][0] as string;
    expect(note).toContain("达到序时进度指已完成、序时推进和临期的任务");
    expect(note).toContain("量化指标任务7项");
    expect(layout.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true, footer: "第 &P 页 共 &N 页" });
  });

  it("has English headers when asked", () => {
    const english = summaryLayout(evaluations, { asOf: AS_OF, lang: "en" });
    expect(english.values.find((row) => row[0] === "Lead department")?.slice(1, 3)).toEqual(["Tasks", "Done"]);
    expect(english.values[1][0]).toMatch(/^As of the end of October, 7 quantitative tasks/);
  });
});
