import type { TargetQualifier } from "../evaluation";

/**
 * The words that make a figure approximate, with what they mean: before the number (约, 近, 超过, 不低于 …), longer
 * words first, and after its unit (以上, 以内, 左右 …). Read by approximationWords.
 * @example APPROXIMATION_WORDS_BEFORE.find(([word]) => word === "约") // ["约", "about"]
 */
export const APPROXIMATION_WORDS_BEFORE: readonly (readonly [string, TargetQualifier])[] = [
  ["不低于", "at-least"], ["不少于", "at-least"], ["不超过", "at-most"], ["不高于", "at-most"],
  ["大约", "about"], ["将近", "about"], ["接近", "about"], ["超过", "at-least"], ["突破", "at-least"],
  ["高于", "at-least"], ["低于", "at-most"], ["少于", "at-most"],
  ["约", "about"], ["近", "about"], ["超", "at-least"], ["逾", "at-least"],
];

/** @example APPROXIMATION_WORDS_AFTER[0] // ["以上", "at-least"] */
export const APPROXIMATION_WORDS_AFTER: readonly (readonly [string, TargetQualifier])[] = [
  ["以上", "at-least"], ["以下", "at-most"], ["以内", "at-most"], ["之内", "at-most"], ["左右", "about"], ["上下", "about"],
];
