import type { Target, TargetQualifier } from "../evaluation";
import { findNumbers, type NumberMention } from "../numbers/findNumbers";
import { mayBeOneFigure } from "../numbers/mayBeOneFigure";
import { toHalfWidth } from "../text/toHalfWidth";
import { normalizeUnit } from "../units/normalizeUnit";
import { unitFactor } from "../units/unitFactor";
import { TIME_DIMENSIONS } from "../units/unitTable";
import { targetKindOf } from "./targetKindOf";
import { targetSubject } from "./targetSubject";

export interface ParseTargetsOptions {
  /** A bare figure from a target column (目标值), as a number or as written ("1700", "1,700亿元"). */
  value?: number | string | null;
  /** The unit from a unit column (单位), e.g. "亿元"; overrides a unit written with the value. */
  unit?: string | null;
  /**
   * The task's title, for a target text that is a bare figure (869, 27800): the title says what it counts, and may
   * print its unit in brackets (城镇新增就业(人), 城镇登记失业率低于(%)); without one the figure counts the title's noun.
   */
  title?: string;
}

/** Clause separators: a target's words never run across them. */
const SEPARATORS = /[，,；;。！!？?：:\n\r]/;
const PLACEHOLDER = /^(无|暂无|—+|-+|\/|不适用|待定|n\/?a)$/i;
const DEPARTMENT_NOTE = /[（(][^（）()]*(牵头|负责|配合|参与)[^（）()]*[）)]\s*[。.]?$/;
const QUOTES = new Set(["“", '"', "「", "『", "‘", "《"]);
/** Subjects that name a standard, a level or a rate: a floor on them (不低于60元) is a level, not an amount. */
const LEVEL_SUBJECT = /(标准|水平|比例|比重|率|人均|覆盖)/;
/** A unit printed in brackets in a title or header: 城镇新增就业(人), 完成投资（万元）, （单位：万元）. */
const BRACKETED_UNIT = /[（(](?:单位[:：])?\s*([^（）()]{1,8}?)\s*[)）]/g;

/**
 * Read the targets of a task from its target text: amounts and counts (完成工业投资1700亿元, 工业大项目200个),
 * levels (森林覆盖率达到44.2%), caps (控制在4.5%以内), growth rates (增长6%左右), reductions (降低16%),
 * multi-year cumulative targets (5年累计新增63.27万套) and, when the text has no figure, one qualitative
 * milestone (完成…改革任务, 建成…, 出台…). A text with several figures gives several targets, each with its subject
 * and phrase. A bare figure from a target column is read with `options.value` and `options.unit`; the text then
 * gives its kind and subject. A target text that is itself a bare figure (869) is read against `options.title` the
 * same way, its unit from the title's brackets (城镇新增就业(人)) or none (the count of the title's noun).
 * A floor on a standard or rate (标准不低于3480元/年) is a level to reach, not an amount to add up.
 * Never throws; an empty or placeholder text (无, —) gives [].
 * @example parseTargets("地区生产总值增长6%左右，城镇登记失业率控制在4.5%以内")
 * // [{ kind: "growth", value: 6, unit: "%", qualifier: "about", subject: "地区生产总值", text: "地区生产总值增长6%左右" },
 * //  { kind: "cap", value: 4.5, unit: "%", qualifier: "at-most", subject: "城镇登记失业率", … }]
 * @example parseTargets("27800", { title: "城镇新增就业(人)" })
 * // [{ kind: "amount", value: 27800, unit: "人", qualifier: "exact", subject: "城镇新增就业", text: "城镇新增就业 27800人" }]
 * @example parseTargets("完成工业投资", { value: 1700, unit: "亿元" })
 * // [{ kind: "amount", value: 1700, unit: "亿元", qualifier: "exact", subject: "工业投资", text: "完成工业投资 1700亿元" }]
 */
export function parseTargets(text: string, options: ParseTargetsOptions = {}): Target[] {
  const written = typeof text === "string" ? text : "";
  const bare = options.value === undefined && options.title !== undefined ? bareFigureTarget(written, options.title, options.unit) : undefined;
  if (bare !== undefined) return bare;
  const fromText = figureTargets(written);
  const columnTarget = valueColumnTarget(written, fromText, options);
  if (columnTarget !== undefined) return columnTarget;
  if (fromText.length > 0) return fromText;
  const milestone = milestoneTarget(written);
  return milestone === null ? [] : [milestone];
}

function figureTargets(text: string): Target[] {
  const all = findNumbers(text);
  const half = toHalfWidth(text);
  const targets: Target[] = [];
  let previous: { mention: NumberMention; clauseStart: number; target: Target } | null = null;
  for (const mention of all) {
    if (!isTargetFigure(mention, text)) continue;
    const clauseStart = clauseStartOf(half, mention.start, all);
    const sameClause = previous !== null && previous.clauseStart === clauseStart;
    const leadStart = sameClause && previous !== null ? previous.mention.end : clauseStart;
    const leadIn = text.slice(leadStart, mention.start);
    const bareLeadIn = leadIn.replace(/[\s\u3000、，,和及与]+/g, "") === "";
    let target: Target;
    if (bareLeadIn && sameClause && previous !== null) {
      // 分别达到27180元、12960元: the second figure repeats the first one's kind and subject.
      target = { ...previous.target, value: mention.value, unit: mention.unit, text: mention.text.trim() };
      target.qualifier = mention.qualifier === "exact" ? previous.target.qualifier : mention.qualifier;
    } else {
      const reading = targetKindOf(leadIn, mention.unit, mention.qualifier);
      const { subject, comparative } = targetSubject(leadIn);
      if (reading.kind === "amount" && LEVEL_SUBJECT.test(leadIn) && (mention.qualifier === "at-least" || /不低于|不少于/.test(leadIn))) {
        reading.kind = "level";
        reading.qualifier = "at-least";
      }
      const inherited = (comparative || subject === "") && previous !== null ? previous.target.subject : subject;
      target = {
        kind: reading.kind,
        value: mention.value,
        unit: mention.unit,
        qualifier: reading.qualifier,
        subject: inherited,
        text: trimPhrase(text.slice(leadStart, mention.end)),
      };
      if (reading.years !== undefined) target.years = reading.years;
    }
    targets.push(target);
    previous = { mention, clauseStart, target };
  }
  return targets;
}

/** Figures that can be targets: with a unit that is no period of time, not quoted names (“六个精准”), not 一个. */
function isTargetFigure(mention: NumberMention, text: string): boolean {
  if (mention.unit === "" || !Number.isFinite(mention.value)) return false;
  const factor = unitFactor(mention.unit);
  if (factor !== null && TIME_DIMENSIONS.has(factor.dimension)) return false;
  if (QUOTES.has(text[mention.start - 1] ?? "")) return false;
  if (mention.chinese && [...mention.numeral].length === 1) return false;
  return true;
}

function clauseStartOf(half: string, position: number, mentions: readonly NumberMention[]): number {
  for (let at = position - 1; at >= 0; at--) {
    if (!SEPARATORS.test(half[at])) continue;
    if (mentions.some((m) => m.start <= at && at < m.end)) continue; // 1,700: a thousands separator
    return at + 1;
  }
  return 0;
}

function trimPhrase(phrase: string): string {
  return phrase.replace(/^[\s\u3000、，,；;和及与并]+|[\s\u3000、，,；;。]+$/g, "");
}

function valueColumnTarget(text: string, fromText: Target[], options: ParseTargetsOptions): Target[] | undefined {
  const raw = options.value;
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return undefined;
  if (typeof raw === "number" && !Number.isFinite(raw)) return undefined;
  let value: number;
  let writtenUnit = "";
  let qualifier: TargetQualifier = "exact";
  if (typeof raw === "number") value = raw;
  else {
    const mentions = findNumbers(raw);
    if (mentions.length === 0) return undefined;
    const rest = (raw.slice(0, mentions[0].start) + raw.slice(mentions[0].end)).replace(/[\s\u3000]+/g, "");
    if (mentions.length > 1 || rest !== "") {
      // A phrase in the value column (增长6%左右): read it with the text as its subject.
      const combined = figureTargets(`${trimPhrase(text)}${raw.trim()}`);
      return combined.length > 0 ? combined.map((t) => withUnitColumn(t, options.unit)) : undefined;
    }
    value = mentions[0].value;
    writtenUnit = mentions[0].unit;
    qualifier = mentions[0].qualifier;
  }
  const unit = normalizeUnit(options.unit ?? "") || writtenUnit;
  const like = fromText[0];
  const cleanText = trimPhrase(text.replace(DEPARTMENT_NOTE, ""));
  const reading = targetKindOf(cleanText, unit, qualifier);
  const kind = like?.kind ?? keywordKind(cleanText, unit) ?? reading.kind;
  const readQualifier = qualifier !== "exact" ? qualifier : (like?.qualifier ?? reading.qualifier);
  const target: Target = {
    kind,
    value,
    unit,
    qualifier: kind === "cap" && readQualifier === "exact" ? "at-most" : readQualifier,
    subject: like?.subject ?? targetSubject(cleanText).subject,
    text: like?.text ?? `${cleanText} ${typeof raw === "number" ? String(raw) : raw.trim()}${options.unit ? unit : ""}`.trim(),
  };
  const years = like?.years ?? reading.years;
  if (years !== undefined) target.years = years;
  return [target];
}

/** A target text that is one bare figure (869, 27800, 4.3), read against the task's title; undefined otherwise. */
function bareFigureTarget(text: string, title: string, unitColumn: string | null | undefined): Target[] | undefined {
  if (!mayBeOneFigure(text)) return undefined;
  const mentions = findNumbers(text);
  if (mentions.length !== 1) return undefined;
  const rest = (text.slice(0, mentions[0].start) + text.slice(mentions[0].end)).replace(/[\s\u3000]+/g, "");
  if (rest !== "" || !Number.isFinite(mentions[0].value)) return undefined;
  let titleUnit = "";
  let cleanTitle = title;
  for (const match of title.matchAll(BRACKETED_UNIT)) {
    const unit = normalizeUnit(match[1]);
    if (unitFactor(unit) === null) continue;
    titleUnit = unit;
    cleanTitle = title.replace(match[0], "");
  }
  const unit = unitColumn ?? (mentions[0].unit === "" ? titleUnit : null);
  return valueColumnTarget(cleanTitle, [], { value: text, unit });
}

function withUnitColumn(target: Target, unit: string | null | undefined): Target {
  const normalized = normalizeUnit(unit ?? "");
  return normalized !== "" && target.unit === "" ? { ...target, unit: normalized } : target;
}

/** The kind of a value column's target from words anywhere in its task text (控制, 降低, 增长, 累计 …). */
function keywordKind(text: string, unit: string): Target["kind"] | null {
  const rate = unit === "%" || unit === "个百分点";
  if (/累计/.test(text) && /\d+\s*年|[一二三四五六七八九十]年/.test(text)) return "cumulative";
  if (/控制|以内|不超过|上限|(?<!不)低于|(?<!不)少于/.test(text)) return "cap";
  if (rate && /降低|下降|减少|削减|压减/.test(text)) return "reduction";
  if (rate && /增长|增速|增幅/.test(text)) return "growth";
  if (/保持|稳定在|达到|覆盖率|保有量|不低于/.test(text)) return "level";
  return null;
}

function milestoneTarget(text: string): Target | null {
  const clean = trimPhrase(text.replace(DEPARTMENT_NOTE, ""));
  if (clean === "" || PLACEHOLDER.test(clean) || !/[\u4e00-\u9fff]/.test(clean)) return null;
  return { kind: "milestone", value: null, unit: "", qualifier: "exact", subject: clean, text: clean };
}
