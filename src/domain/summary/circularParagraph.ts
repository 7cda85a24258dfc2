import type { TaskEvaluation } from "../evaluation";
import { parseAsOf } from "../dates/parseAsOf";
import { isQuantitative } from "./isQuantitative";
import { percentText } from "./percentText";
import { reachesExpectedProgress } from "./reachesExpectedProgress";
import { shortTaskName } from "./shortTaskName";
import type { Language } from "../language";

export interface CircularParagraphOptions {
  asOf: string;
  lang?: Language;
}

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * The circular's (通报) paragraph on the quantitative tasks (量化指标: a numeric target, see isQuantitative),
 * in its own wording, ready to paste: counts whole, shares with one decimal, and the tasks not reaching
 * expected progress (滞后, 严重滞后, 逾期; see reachesExpectedProgress) named in task order with their lead
 * departments, then the tasks without a report in a sentence of their own (未按时报送进展的任务X项：……), not
 * counted among those behind.
 * @example circularParagraph(evaluations, { asOf: "2009-10-31" })
 * // "截至10月末，列入本次通报的量化指标任务共55项，达到序时进度44项、占比80.0%；未达到序时进度11项、占比20.0%，分别为：耕地保有量保持在553万公顷（牵头单位：省国土资源厅）、……。"
 * Rule: docs/RULES.md, 通报 (the circular's wording).
 */
export function circularParagraph(evaluations: readonly TaskEvaluation[], options: CircularParagraphOptions): string {
  const { month, day, monthEnd } = parseAsOf(options.asOf);
  const quantitative = evaluations.filter(isQuantitative);
  // Tasks without a report are named in a sentence of their own, not among those behind (docs/RULES.md, 通报).
  const unreported = quantitative.filter((evaluation) => evaluation.status === "no-report");
  const behind = quantitative.filter((evaluation) => evaluation.status !== "no-report" && !reachesExpectedProgress(evaluation.status));
  const total = quantitative.length;
  const reaching = total - behind.length - unreported.length;
  if (options.lang === "en") {
    const when = monthEnd ? `As of the end of ${MONTHS_EN[month - 1]}` : `As of ${day} ${MONTHS_EN[month - 1]}`;
    if (total === 0) return `${when}, this circular includes no quantitative tasks.`;
    const namesEn = (list: readonly TaskEvaluation[]) => list.map((evaluation) => `${shortTaskName(evaluation)} (${departmentsText(evaluation, "en")})`).join("; ");
    const head = `${when}, ${total} quantitative tasks are included in this circular: ${reaching} reach expected progress (${percentText(reaching, total)}%)`;
    const late = unreported.length > 0 ? ` ${unreported.length} were not reported on time: ${namesEn(unreported)}.` : "";
    if (behind.length === 0) return `${head}${unreported.length === 0 ? "; all reach expected progress." : "."}${late}`;
    return `${head}; ${behind.length} do not (${percentText(behind.length, total)}%): ${namesEn(behind)}.${late}`;
  }
  const when = monthEnd ? `截至${month}月末` : `截至${month}月${day}日`;
  if (total === 0) return `${when}，本次通报无量化指标任务。`;
  const names = (list: readonly TaskEvaluation[]) => list.map((evaluation) => `${shortTaskName(evaluation)}（${departmentsText(evaluation, "zh")}）`).join("、");
  const head = `${when}，列入本次通报的量化指标任务共${total}项`;
  const late = unreported.length > 0 ? `未按时报送进展的任务${unreported.length}项：${names(unreported)}。` : "";
  if (behind.length === 0 && unreported.length === 0) return `${head}，全部达到序时进度。`;
  const reached = `${head}，达到序时进度${reaching}项、占比${percentText(reaching, total)}%`;
  if (behind.length === 0) return `${reached}。${late}`;
  return `${reached}；未达到序时进度${behind.length}项、占比${percentText(behind.length, total)}%，${behind.length > 1 ? "分别为" : "为"}：${names(behind)}。${late}`;
}

function departmentsText(evaluation: TaskEvaluation, lang: Language): string {
  const { task } = evaluation;
  const joint = task.responsibility === "joint" && task.leads.length === 0;
  const names = joint ? task.supporting : task.leads;
  if (lang === "en") return names.length ? `${joint ? "responsible" : "lead"}: ${names.join(", ")}` : "lead: not named";
  return names.length ? `${joint ? "责任单位" : "牵头单位"}：${names.join("、")}` : "牵头单位：未明确";
}
