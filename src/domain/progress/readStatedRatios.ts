import { findNumbers, type NumberMention } from "../numbers/findNumbers";
import { clauseStart } from "../text/clauseStart";
import { toHalfWidth } from "../text/toHalfWidth";

/** A completion ratio a report states itself (完成年度投资计划的69%, 开工率为98.4%, 已完成8个(53%)). */
export interface StatedRatio {
  /** The share as a fraction: 0.69 for 69%. */
  ratio: number;
  /** The words it was read from: "完成年度投资计划的69%", "开工率为 98.4%", "(53%)". */
  phrase: string;
  /**
   * What it is a ratio of: null for the plan as a whole (完成率, 占年度计划的, a bare percentage); else the work a named
   * rate counts — "开工" for 开工率, "开复工" for 开、复工率, "投资" for 投资完成率 — which must be the target's.
   */
  of: string | null;
  /** How it was written: a share of the plan, a named rate, or a bare percentage (65%, 正在施工中(93%)). */
  form: "share" | "rate" | "bare";
  /** Decimals printed (53% → 0, 100.27% → 2): the precision the report rounds to. */
  decimals: number;
}

/** 完成年度投资计划的69%, 占年任务之比139.1%, 完成市政府下达19500万美元目标任务的77.69%, 完成年度目标的53.3%. */
const SHARE = /(完成|占|达到|为)[^，,；;。%]{0,30}?(计划|目标|任务)(数|量)?(的|之比)?\s*$/;
/** 完成进度, 完成比例, 进度为, 占比 (of the task's own plan: 已开工…占比100%). */
const PROGRESS_WORD = /(完成进度|完成比例|完成程度|进度|(?:完成|任务|计划)?占比)(为|达到|达|是)?\s*$/;
/** 占比 of a total or a structure (第三产业占比45%) is no completion. */
const SHARE_OF_WHOLE = /(产业|比重|结构|总量|全省|全市|全国|GDP|生产总值)/;
/** 开工率为, 开、复工率, 投资完成率, 任务完成率, 资金到位率. */
const RATE =
  /((?:投资|资金|任务|计划|项目|年度|总体|工程)?)(完成|开工|复工|开、?复工|竣工|建成|到位|签约|落地|投产|执行|支出|发放|兑现)率(为|达到|达|是)?\s*$/;
/** Words that make a percentage something else than a share of the plan: growth, a share of a total, a part of the works. */
const NOT_OF_PLAN = /(增长|增速|增幅|下降|降低|减少|同比|比上年|比去年|较上年|占总额|占全|占比重|比重|回落|提高|上升)/;
/** Generic subjects of a rate: 完成率 and 任务完成率 are of the plan as a whole. */
const GENERIC = new Set(["", "任务", "计划", "年度", "总体", "项目", "工程"]);

/**
 * The completion ratios a progress text states itself, in order: shares of the plan (完成年度投资计划的69%,
 * 占年度计划的64%, 完成年度任务的80%, 占年任务之比139.1%, 完成率100.27%, 完成比例187.9%, 占比100%), named rates whose work must be
 * the target's (开工率为98.4% is of 开工, 投资完成率122.6% of 投资 — a 开工率 is no 投资完成率), and bare percentages a
 * department gives as its own estimate (98%, 正在施工中(93%), 已完成8个(53%), 主体工程已完工（90%）). Growth
 * (比上年同期增长16%), shares of a total (占总额的69%) and percentage points are none. Whether a ratio counts for a
 * target is the caller's decision (a rate target reads its own percentage as the actual). `mentions`, when the caller
 * has them, are findNumbers(text).
 * @example readStatedRatios("完成投资90.5亿元,比上年同期增长16%,完成年度投资计划的69%")
 * // [{ ratio: 0.69, phrase: "完成年度投资计划的69%", of: null, form: "share", decimals: 0 }]
 * @example readStatedRatios("前三季度,各出资企业开、复工项目52项,开、复工率79%")[0] // { ratio: 0.79, of: "开复工", form: "rate", … }
 * @example readStatedRatios("正在施工中(93%)")[0] // { ratio: 0.93, phrase: "(93%)", of: null, form: "bare", decimals: 0 }
 */
export function readStatedRatios(text: string, mentions?: readonly NumberMention[]): StatedRatio[] {
  if (typeof text !== "string" || text === "") return [];
  const half = toHalfWidth(text);
  const stated: StatedRatio[] = [];
  for (const mention of mentions ?? findNumbers(text)) {
    if (mention.unit !== "%" || mention.upper !== undefined || !Number.isFinite(mention.value)) continue;
    const start = clauseStart(half, mention.start);
    const clause = half.slice(start, mention.start);
    const decimals = decimalsOf(mention.numeral);
    const ratio = mention.value / 100;
    const rate = RATE.exec(clause);
    if (rate !== null) {
      const work = `${rate[1]}${rate[2]}`.replace(/、/g, "");
      const of = GENERIC.has(rate[1]) && rate[2] === "完成" ? null : work.replace(/完成$/, "") || null;
      stated.push({ ratio, phrase: phraseOf(text, start, rate.index, mention.end), of, form: "rate", decimals });
      continue;
    }
    const share = SHARE.exec(clause);
    if (share !== null && !NOT_OF_PLAN.test(share[0])) {
      stated.push({ ratio, phrase: phraseOf(text, start, share.index, mention.end), of: null, form: "share", decimals });
      continue;
    }
    const progress = PROGRESS_WORD.exec(clause);
    if (progress !== null && !(progress[1].endsWith("占比") && SHARE_OF_WHOLE.test(clause))) {
      stated.push({ ratio, phrase: phraseOf(text, start, progress.index, mention.end), of: null, form: "share", decimals });
      continue;
    }
    if (isBare(half, clause, mention.end)) {
      const open = clause.search(/[(（]\s*$/);
      const close = /^\s*[)）]/.exec(half.slice(mention.end));
      stated.push({ ratio, phrase: phraseOf(text, start, open < 0 ? clause.length : open, mention.end + (close?.[0].length ?? 0)), of: null, form: "bare", decimals });
    }
  }
  return stated;
}

/**
 * Digits printed after the decimal point of a numeral, half- or full-width (53 → 0, 100.27 → 2, ８５．１ → 1; a
 * Chinese numeral's 点 is no printed precision).
 */
function decimalsOf(numeral: string): number {
  let digits = 0;
  let afterPoint = false;
  for (let at = 0; at < numeral.length; at++) {
    const code = numeral.charCodeAt(at);
    if (code === 0x2e || code === 0xff0e) {
      if (afterPoint) break;
      afterPoint = true;
    } else if (afterPoint && ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19))) digits++;
  }
  return digits;
}

/** A percentage standing alone (98%), in brackets after a figure or a state (已完成8个(53%), 正在施工中(93%)), or after 完工/完成 of the whole. */
function isBare(half: string, clause: string, end: number): boolean {
  if (NOT_OF_PLAN.test(clause.slice(-8))) return false;
  if (/[(（]\s*$/.test(clause) && /^\s*[)）]/.test(half.slice(end))) return true;
  const rest = half.slice(end);
  return clause.replace(/[\s约近]+/g, "") === "" && (rest.trim() === "" || /^\s*[，,；;。]/.test(rest));
}

function phraseOf(text: string, clauseStart: number, indexInClause: number, end: number): string {
  return text.slice(clauseStart + indexInClause, end).trim();
}
