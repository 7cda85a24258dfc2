import type { Problem } from "../problem";
import type { UnresolvedProgressRow } from "./matchProgressRows";

/**
 * The problem that lists a progress row for the clerk: `unmatched-progress` (no task close enough) or
 * `ambiguous-progress` (several tasks could be meant), a warning at the row's cell, naming the closest tasks.
 * @example unresolvedRowProblem({ row, reason: "no-match", candidates: [{ task, score: 0.42 }] })
 * // { code: "unmatched-progress", severity: "warning", sheet: "省经委进展", cell: "C14", message: "…。建议对应任务1：全省努力完成工业投资（相似度42%）…" }
 */
export function unresolvedRowProblem(entry: UnresolvedProgressRow): Problem {
  const { row, reason, candidates } = entry;
  const location = { ...(row.source.file !== undefined ? { file: row.source.file } : {}), sheet: row.source.sheet, cell: row.source.cell };
  const label = row.title ?? (row.id !== undefined ? `序号${row.id}` : Array.from(row.text).slice(0, 20).join(""));
  // What is suggested and why: 建议对应任务1：全省努力完成工业投资（相似度27%）.
  const listed = candidates
    .slice(0, 3)
    .map((candidate, index) => `${index === 0 ? "建议对应任务" : "其次为任务"}${candidate.task.id}：${shorten(candidate.task.title)}（相似度${Math.round(candidate.score * 100)}%）`);
  const listedEn = candidates.slice(0, 3).map((candidate) => `${candidate.task.id} ${shorten(candidate.task.title)} (similarity ${Math.round(candidate.score * 100)}%)`);
  const choose = "请为此行选择对应的任务，或确认不属于任何任务，再重新计算。";
  const chooseEn = "Choose the task this row belongs to, or mark it as belonging to none, then recompute.";
  if (reason === "no-match" || reason === "unknown-resolution") {
    const why = reason === "unknown-resolution" ? "所选任务序号在任务表中不存在" : "未能对应到任何任务";
    const whyEn = reason === "unknown-resolution" ? "the chosen task number is not in the task table" : "it matches no task";
    return {
      code: "unmatched-progress",
      severity: "warning",
      ...location,
      message: `进展“${label}”${why}${listed.length > 0 ? `。${listed.join("；")}` : ""}。${choose}`,
      messageEn: `The progress row "${label}": ${whyEn}${listedEn.length > 0 ? `; closest tasks: ${listedEn.join("; ")}` : ""}. ${chooseEn}`,
      ...(candidates[0] !== undefined ? { suggestion: candidates[0].task.id } : {}),
    };
  }
  const why =
    reason === "id-title-disagree" ? "的序号与任务名称指向不同任务" : reason === "duplicate-id" ? "的序号在任务表中重复" : "与多项任务名称相近";
  const whyEn =
    reason === "id-title-disagree" ? "its number and its title name different tasks" : reason === "duplicate-id" ? "its number is used by several tasks" : "its title is close to several tasks";
  return {
    code: "ambiguous-progress",
    severity: "warning",
    ...location,
    message: `进展“${label}”${why}：${listed.join("；")}。未自动选择。${choose}`,
    messageEn: `The progress row "${label}": ${whyEn}: ${listedEn.join("; ")}. None was chosen. ${chooseEn}`,
  };
}

function shorten(title: string): string {
  const chars = Array.from(title);
  return chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : title;
}
