import type { Target } from "../evaluation";
import { findNumbers, type NumberMention } from "../numbers/findNumbers";
import { clauseStart } from "../text/clauseStart";
import { toHalfWidth } from "../text/toHalfWidth";
import { convertUnit } from "../units/convertUnit";
import { normalizeUnit } from "../units/normalizeUnit";
import { unitFactor } from "../units/unitFactor";
import { TIME_DIMENSIONS } from "../units/unitTable";
import { readStatedRatios, type StatedRatio } from "./readStatedRatios";
import { statedRatioFor } from "./statedRatioFor";

/** The actual figure found, in the target's unit. */
export interface ActualFigure {
  value: number;
  /** The target's unit. */
  unit: string;
  /** Where it came from: the value column, a figure in the text, or the reported share of the plan × the plan. */
  source: "value" | "text" | "ratio";
  /** The words it was read from, e.g. "126.6亿元" or "完成年计划的85.1%". */
  phrase: string;
  /** A share of the plan stated in the text (完成年计划的85.1% → 0.851), for a cross-check. */
  reportedRatio?: number;
  /** That share as the report states it, with its phrase and printed precision. */
  stated?: StatedRatio;
}

export interface ActualUnitMismatch {
  problem: "unit-mismatch";
  /** The figure that was found, in its own unit. */
  found: { value: number; unit: string };
  /** The target's unit it could not be converted to. */
  expectedUnit: string;
  phrase: string;
}

export interface ActualMissing {
  problem: "no-figure";
}

export type ActualReading = ActualFigure | ActualUnitMismatch | ActualMissing;

const ACHIEVED = /(完成|实现|累计|已|达到|新增|共|合计|建成|开工|改造|发放|安置|投资|总额|为)/;
const PLANNED = /(计划|目标|任务|总投资|预计|力争|争取|下达)/;
/** A figure followed by 目标任务 / 计划 is the plan repeated (完成市政府下达19500万美元目标任务的77.69%). */
const PLANNED_AFTER = /^(的)?(年度)?(目标|任务|计划)/;
const GROWTH_UP = /(增长|增速|增幅|提高|提升|上升|上涨|增加)(了|率)?(为|达到|达|是)?\s*$/;
const GROWTH_DOWN = /(下降|减少|降低|回落|下滑|减)(了|率|幅)?(为|达到|达|是)?\s*$/;
const LEVEL_VERB = /(达到|达|为|是|在|提高到|提升到|提高至|增加到|降至|降到|下降到|控制在|保持在|稳定在)\s*$/;

/**
 * Pick from a progress text the figure that answers a target, converted to the target's unit.
 * A value column (`reportValue`) comes first; a value without a unit is taken to be in the target's unit.
 * In the text, the figure must have a unit convertible to the target's: 全省8个在建铁路项目共完成投资126.6亿元 against
 * 完成投资…亿元 gives 126.6, not the count 8; figures after 完成/累计/新增 are preferred to planned ones (计划投资).
 * Growth is read after 增长/增速 (同比下降2% is −2), a reduction after 下降/降低/减少, a level after 达到/为.
 * A text that is one bare figure (52242) is the department's figure in the target's unit, as a value column's is.
 * A figure followed by 目标任务 or 计划 is the plan repeated, not the actual. The report's own ratio about this target
 * (readStatedRatios: 完成年度投资计划的69%, 开工率为98.4% for a 开工 target, 正在施工中(93%)) is returned as
 * `reportedRatio` for a cross-check, and counts — ratio × target — when the report has no figure of its own or only
 * one in another unit. `options.title` (the task's title) tells which work a named rate must count. A target that is
 * itself a rate reads its percentage as the actual. A figure in a unit that cannot be converted, with no stated ratio,
 * → `unit-mismatch` (never a guess); nothing usable → `no-figure`.
 * @example extractActual("1-10月完成投资126.6亿元，完成年计划的85.1%", amountTarget("亿元"))
 * // { value: 126.6, unit: "亿元", source: "text", phrase: "126.6亿元", reportedRatio: 0.851 }
 * @example extractActual("完成投资2414000万元", amountTarget("亿元")) // { value: 241.4, unit: "亿元", … }
 * @example extractActual("同比增长5.2%", growthTarget) // { value: 5.2, unit: "%", … }
 */
export function extractActual(
  text: string,
  target: Target,
  reportValue?: { value: number; unit?: string },
  options: { title?: string } = {},
): ActualReading {
  if (target.kind === "milestone" || target.value === null) return { problem: "no-figure" };
  const written = typeof text === "string" ? text : "";
  const mentions = findNumbers(written);
  const rate = target.unit === "%" || target.unit === "个百分点";
  // A target that is itself a rate reads its percentage as the actual; others may take the report's own ratio.
  const statedRatios = rate ? [] : readStatedRatios(written, mentions);
  const stated = rate ? undefined : statedRatioFor(statedRatios, target, options.title ?? "");
  const reportedRatio = stated?.ratio;
  const withRatio = (figure: ActualFigure): ActualFigure => {
    if (stated !== undefined) {
      figure.reportedRatio = stated.ratio;
      figure.stated = stated;
    }
    return figure;
  };
  const bare = reportValue === undefined ? bareFigure(written, mentions) : undefined;
  const columnValue = bare !== undefined ? { value: bare } : reportValue;

  if (columnValue !== undefined && Number.isFinite(columnValue.value)) {
    const unit = columnValue.unit === undefined || normalizeUnit(columnValue.unit) === "" ? target.unit : columnValue.unit;
    const converted = convertUnit(columnValue.value, unit, target.unit);
    const phrase = `${columnValue.value}${normalizeUnit(unit)}`;
    if (converted === null) {
      if (stated !== undefined && target.value > 0) {
        return { value: stated.ratio * target.value, unit: target.unit, source: "ratio", phrase: stated.phrase, reportedRatio: stated.ratio, stated };
      }
      return { problem: "unit-mismatch", found: { value: columnValue.value, unit: normalizeUnit(unit) }, expectedUnit: target.unit, phrase };
    }
    return withRatio({ value: converted, unit: target.unit, source: "value", phrase });
  }

  const figures = mentions.filter((m) => isFigure(m) && !(m.unit === "%" && statedRatios.some((each) => each.phrase.includes(m.text))));
  if (target.kind === "growth" || target.kind === "reduction") {
    const signed = rateFigure(written, figures, target);
    if (signed !== null) return withRatio(signed);
  } else {
    const picked = best(written, figures, target, rate);
    if (picked !== null) return withRatio(picked);
    if (reportedRatio !== undefined && stated !== undefined && target.value > 0) {
      return { value: reportedRatio * target.value, unit: target.unit, source: "ratio", phrase: stated.phrase, reportedRatio, stated };
    }
  }
  const stray = figures.filter((m) => m.unit !== "" && m.unit !== target.unit);
  if (stray.length > 0) {
    const found = stray.reduce((a, b) => (score(written, b) > score(written, a) ? b : a));
    return { problem: "unit-mismatch", found: { value: found.value, unit: found.unit }, expectedUnit: target.unit, phrase: found.text };
  }
  return { problem: "no-figure" };
}

/** Figures that can be actuals: with a unit, not a period (1-10月, 2009年). */
function isFigure(mention: NumberMention): boolean {
  if (mention.unit === "" || !Number.isFinite(mention.value)) return false;
  const factor = unitFactor(mention.unit);
  return factor === null || !TIME_DIMENSIONS.has(factor.dimension);
}

function leadIn(text: string, mention: NumberMention, length = 12): string {
  // The words of the figure's own clause, at most `length` characters back.
  return toHalfWidth(text.slice(clauseStart(text, mention.start, Math.max(0, mention.start - length)), mention.start));
}

/** A text that is one bare figure (52242, 3321, 1.4386E+11): the department's figure, in the target's unit. */
function bareFigure(text: string, mentions: readonly NumberMention[]): number | undefined {
  if (mentions.length !== 1 || mentions[0].unit !== "" || mentions[0].upper !== undefined) return undefined;
  const rest = (text.slice(0, mentions[0].start) + text.slice(mentions[0].end)).replace(/[\s\u3000\u00a0。.]+/g, "");
  return rest === "" && Number.isFinite(mentions[0].value) ? mentions[0].value : undefined;
}

function score(text: string, mention: NumberMention): number {
  const before = leadIn(text, mention);
  let value = 0;
  if (ACHIEVED.test(before)) value += 2;
  if (PLANNED.test(before)) value -= 3;
  if (PLANNED_AFTER.test(toHalfWidth(text.slice(mention.end, mention.end + 6)))) value -= 3;
  return value;
}

function best(text: string, figures: readonly NumberMention[], target: Target, rate: boolean): ActualFigure | null {
  let chosen: { mention: NumberMention; value: number; score: number } | null = null;
  for (const mention of figures) {
    const value = convertUnit(mention.value, mention.unit, target.unit);
    if (value === null) continue;
    const before = leadIn(text, mention);
    let points = score(text, mention);
    if (rate) {
      if (LEVEL_VERB.test(before)) points += 2;
      if (GROWTH_UP.test(before) || GROWTH_DOWN.test(before)) points -= 4; // 增长5% is no level
    }
    if (target.subject !== "" && before.includes(target.subject)) points += 1;
    if (chosen === null || points > chosen.score) chosen = { mention, value, score: points };
  }
  if (chosen === null || (rate && chosen.score < -1)) return null;
  return { value: chosen.value, unit: target.unit, source: "text", phrase: chosen.mention.text };
}

/** Growth or reduction: the figure after 增长/下降, signed for the target's direction. */
function rateFigure(text: string, figures: readonly NumberMention[], target: Target): ActualFigure | null {
  for (const mention of figures) {
    const value = convertUnit(mention.value, mention.unit, target.unit);
    if (value === null) continue;
    const before = leadIn(text, mention);
    const up = GROWTH_UP.test(before);
    const down = GROWTH_DOWN.test(before);
    if (!up && !down) continue;
    const signed = (target.kind === "growth") === up ? value : -value;
    return { value: signed, unit: target.unit, source: "text", phrase: mention.text };
  }
  return null;
}
