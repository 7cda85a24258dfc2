import fc from "fast-check";
import { asOfDates, nonFiniteNumbers, runPipeline, workbookGrids } from "./pipelineFuzz";

/** Cases per run: a few thousand in the test suite; `npm run fuzz` sets FUZZ_RUNS (100,000 over its shards) and FUZZ_SEED. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20071031);

describe("the whole pipeline on generated workbooks (fast-check, fixed seed)", () => {
  it(`never throws, writes no NaN or Infinity and leaves its input unchanged (${RUNS} cases)`, () => {
    let checked = 0;
    fc.assert(
      fc.property(workbookGrids, asOfDates, (sheets, asOf) => {
        const before = JSON.stringify(sheets, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value));
        const produced = runPipeline(sheets, asOf);
        const after = JSON.stringify(sheets, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value));
        checked += 1;
        if (process.env.FUZZ_RUNS !== undefined && checked % 5000 === 0) process.stderr.write(`fuzz seed ${SEED}: ${checked} cases\n`);
        return nonFiniteNumbers(produced).length === 0 && before === after;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(checked).toBeGreaterThanOrEqual(RUNS);
    if (process.env.FUZZ_RUNS !== undefined) process.stderr.write(`fuzz seed ${SEED}: ${checked} cases, 0 failures\n`);
  }, 3_600_000);
});

describe("figures too large for a number", () => {
  it("are no figures: a progress value of 400 nines gives no Infinity (case 9724 of seed 20071031)", () => {
    const produced = runPipeline(
      [
        { name: "任务分解表", rows: [["序号", "工作任务", "年度目标", "牵头单位"], ["1", "全省努力完成工业投资", "完成工业投资1700亿元", "省经委"]] },
        { name: "省经委进展", rows: [["序号", "工作任务", "完成值", "填报单位"], ["1", "全省努力完成工业投资", "9".repeat(400), "省经委"], ["1", "全省努力完成工业投资", 1.7e308, "省经委"]] },
      ],
      "2007-10-31",
    );
    expect(nonFiniteNumbers(produced)).toEqual([]);
  });
});
