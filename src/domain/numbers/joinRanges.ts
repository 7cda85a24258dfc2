import type { NumberMention } from "./numberMention";

/** Words joining the two bounds of a range: 6%-6.5%, 6～6.5%, 12至15万人. */
const RANGE_JOIN = /^[ \t\u3000]*[-~～—–−﹣－至到][ \t\u3000]*$/;

/**
 * 增长6%-6.5%, 6～6.5%, 12至15万人: two figures joined by a dash, a tilde, 至 or 到, the upper one with a unit that is
 * no period (1-10月 stays two figures) and the lower one with none or the same, become one mention of the lower bound
 * (the target a range sets) with the upper bound kept in `upper`. `text` is the text the mentions were found in.
 * @example joinRanges("增长6%-6.5%", [six, sixAndAHalf]) // [{ value: 6, unit: "%", upper: 6.5, qualifier: "at-least", text: "6%-6.5%", … }]
 */
export function joinRanges(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const mention of mentions) {
    const lower = out[out.length - 1];
    if (lower !== undefined && isRange(text, lower, mention)) {
      out[out.length - 1] = {
        ...lower,
        unit: mention.unit,
        rawUnit: mention.rawUnit,
        end: mention.end,
        text: `${lower.text}${text.slice(lower.end, mention.start)}${mention.text}`,
        approximation: mention.approximation ?? lower.approximation,
        qualifier: mention.qualifier === "exact" ? "at-least" : mention.qualifier,
        percentagePoints: mention.percentagePoints,
        upper: mention.value,
      };
      continue;
    }
    out.push(mention);
  }
  return out;
}

function isRange(text: string, lower: NumberMention, upper: NumberMention): boolean {
  if (upper.unit === "" || !RANGE_JOIN.test(text.slice(lower.end, upper.start))) return false;
  if (lower.unit !== "" && lower.unit !== upper.unit) return false;
  if (lower.approximation !== null || lower.upper !== undefined || upper.upper !== undefined) return false;
  if (/^(年|月|日|天|季度|周|小时)$/.test(upper.unit)) return false;
  return lower.value < upper.value;
}
