import type { Target } from "../evaluation";
import type { StatedRatio } from "./readStatedRatios";

/**
 * Of the ratios a report states, the one about this target: a share of the plan or a bare percentage is about any
 * target; a named rate only about a target whose words (or the task's title) name its work — 开工率 about 开工 targets,
 * 投资完成率 about 投资 ones. Shares and rates come before bare percentages. `title` is the task's title.
 * @example statedRatioFor(readStatedRatios("开工率为 98.4%"), target124个, "124个新建项目开工") // { ratio: 0.984, of: "开工", … }
 * @example statedRatioFor(readStatedRatios("开、复工率79%"), target完成投资130亿元, "重点工程完成投资") // undefined
 */
export function statedRatioFor(stated: readonly StatedRatio[], target: Target, title: string): StatedRatio | undefined {
  if (stated.length === 0) return undefined;
  if (stated.every((each) => each.of === null)) return stated.find((each) => each.form !== "bare") ?? stated[0];
  const words = `${target.text}${target.subject}${title}`.replace(/[、\s]/g, "");
  const about = stated.filter((each) => each.of === null || words.includes(each.of));
  return about.find((each) => each.form !== "bare") ?? about[0];
}
