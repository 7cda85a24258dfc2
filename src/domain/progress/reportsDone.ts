import { toHalfWidth } from "../text/toHalfWidth";

/** 已完成, 已全面完成, 已建成, 已达标完成, 已超额完成, 圆满完成年度目标任务, 均达到100% — the whole task done. */
const DONE =
  /(已经?|均已|现已|目前已)(全部|全面|提前|超额|圆满|达标|如期|按期)?(完成|建成|竣工|办结|达标)|全面完成|圆满完成|超额完成|提前完成|已达标|(均|全部|已)达到100%/g;
const NEGATED = /(未|尚未|还未|没有|暂未|仍未|未能)$/;
/** What may follow the words when they speak of the whole task: nothing, 年度目标任务, 投用, 并通过验收 … */
const WHOLE_TASK_AFTER = /^(全年|年度|年|各项)?(目标)?(任务)?(并)?(建设|投用|投入使用|通过验收|交付使用)?([。，,；;！!]|$)/;

/**
 * Whether a progress text says the whole task is done, in words a clerk can rely on whatever the target — 已完成。,
 * 已全面完成, 已建成投用, 已达标完成, 已超额完成, 圆满完成年度目标任务, 均达到100% — standing alone: 已完成1个 counts one,
 * 已完成数7.23万人 gives a figure (the figure decides), 已完成人员配置 is one part; and not negated (尚未完成).
 * @example reportsDone("已达标完成。") // true
 * @example reportsDone("已完成1个(50%)") // false
 * @example reportsDone("尚未完成，正在推进") // false
 */
export function reportsDone(text: string): boolean {
  if (typeof text !== "string") return false;
  const s = toHalfWidth(text).replace(/[\s\u00a0\u3000]+/g, "");
  for (const match of s.matchAll(DONE)) {
    if (NEGATED.test(s.slice(Math.max(0, match.index - 3), match.index))) continue;
    if (WHOLE_TASK_AFTER.test(s.slice(match.index + match[0].length))) return true;
  }
  return false;
}
