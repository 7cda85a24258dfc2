import type { MilestoneState } from "../evaluation";
import { findNumbers, type NumberMention } from "../numbers/findNumbers";
import { toHalfWidth } from "../text/toHalfWidth";

const NOT_STARTED = /(尚未|还未|未|没有|暂未|仍未)(启动|开展|开工|实施|开始|动工|着手)|未启动|待启动/;
const PARTLY_DONE = /(基本|初步|部分|大部分|阶段性)完成|基本建成|基本竣工/;
const NEGATED_DONE = /(尚未|还未|未能|未|没有|没能|仍未|暂未)(全部|全面|按期|如期|按时)?(完成|建成|出台|印发|竣工|办结)/;
const FUTURE = /(预计|(?<!按)计划|力争|争取|将|拟|确保|准备|需要|需|待|正在|(?<!提)前)/;
const ALREADY = /(已|已经)(全部|全面|基本)?$/;
const DONE_WORD = /(完成|建成|出台|印发|竣工|办结|投入使用|投产|通过验收|验收合格)(?!率|情况|进度|时限|时间)/g;
/** Verbs that mean done only after 已 (建立 alone is as often a plan as a fact). */
const ALREADY_DONE = /(已|已经)(全部|全面|正式)?(建立|制定|成立|召开|下发|开通|上线|挂牌|批复|签订|启用|落实)/;
const IN_PROGRESS =
  /(正在|推进中|进行中|实施中|建设中|有序推进|稳步推进|加快推进|扎实推进|积极推进|持续推进|全力推进|按计划推进|序时推进|已开工|开工建设|已启动|启动实施|有序开展|进展顺利|正常推进|在建|施工中)/;

/**
 * The state of a qualitative task read from a progress text: done (已完成, 已全部完成, 已建成, 已出台, 已印发, 完成
 * without 未 before it), in progress (正在推进, 推进中, 有序推进, 已开工, 进行中, 基本完成, 未完成), not started
 * (未启动, 尚未开展, 未开工), or null when the text says none of these. Negation and plans are read:
 * 未完成 is not done, 预计6月完成 is not done, and 完成年计划的85.1% is in progress. `mentions`, when the caller has
 * them, are findNumbers(text).
 * @example readMilestoneState("改革方案已印发实施") // "done"
 * @example readMilestoneState("尚未完成，正在推进") // "in-progress"
 * @example readMilestoneState("项目尚未开工") // "not-started"
 */
export function readMilestoneState(text: string, mentions?: readonly NumberMention[]): MilestoneState | null {
  if (typeof text !== "string") return null;
  const s = toHalfWidth(text).replace(/[\s\u00a0]+/g, "");
  if (s === "") return null;
  if (NOT_STARTED.test(s) && !/已(启动|开展|开工|实施|开始)/.test(s)) return "not-started";
  if (PARTLY_DONE.test(s) || NEGATED_DONE.test(s)) return "in-progress";
  if (partialShare(text, mentions ?? findNumbers(text))) return "in-progress";
  for (const match of s.matchAll(DONE_WORD)) {
    const window = s.slice(Math.max(0, match.index - 8), match.index).split(/[，,；;。、]/).pop() ?? "";
    if (!ALREADY.test(window) && FUTURE.test(window)) continue; // 预计6月完成, 将于年底前建成
    return "done";
  }
  if (ALREADY_DONE.test(s)) return "done";
  if (IN_PROGRESS.test(s)) return "in-progress";
  return null;
}

/** 完成年计划的85.1%, 完成总工程量的60%: a share below 100% is progress, not completion. */
function partialShare(text: string, mentions: readonly NumberMention[]): boolean {
  return mentions.some((mention) => {
    if (mention.unit !== "%" || mention.value >= 100) return false;
    const before = toHalfWidth(text.slice(Math.max(0, mention.start - 12), mention.start));
    return /(完成|达到|占)[^，,；;。]*$/.test(before);
  });
}
