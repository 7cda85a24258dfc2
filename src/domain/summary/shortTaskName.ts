import type { TaskEvaluation } from "../evaluation";

const LIMIT = 40;

/**
 * How a circular names a task: the first sentence of its title without the closing punctuation;
 * a sentence longer than 40 characters gives way to the measured subject of its first target (工业投资),
 * else is cut after its last whole clause (never inside a phrase); a last clause naming a quantity without its
 * figure (…，当年计划投资) is completed from the target phrase or dropped.
 * @example shortTaskName({ task: { title: "耕地保有量保持在553万公顷。" }, targets: [] }) // "耕地保有量保持在553万公顷"
 */
export function shortTaskName(evaluation: Pick<TaskEvaluation, "task" | "targets">): string {
  const first = completeClauses(
    evaluation.task.title
      .trim()
      .split(/[。；;！!？?\n]/)[0]
      .replace(/[，,、：:\s]+$/, "")
      .trim(),
    evaluation.targets.map((target) => target.text),
  );
  if (Array.from(first).length <= LIMIT) return first;
  const subject = evaluation.targets.find((target) => target.subject.trim())?.subject.trim();
  if (subject) return subject;
  // Whole clauses only: never cut inside a phrase.
  const clauses = first.split(/[，,]/);
  let kept = "";
  for (const clause of clauses) {
    const next = kept === "" ? clause : `${kept}，${clause}`;
    if (Array.from(next).length > LIMIT) break;
    kept = next;
  }
  return kept !== "" ? kept : `${Array.from(first).slice(0, LIMIT).join("")}…`;
}

/** A last clause naming a quantity without its figure (当年计划投资): the figure is in the target column. */
const DANGLING = /(投资|产值|收入|增加值|总额|总量|规模|目标|计划|任务|完成|达到|实现|新增)$/;

/**
 * A title whose last clause names a quantity but not its figure (工业大项目计划总投资100亿元，当年计划投资) is
 * completed from the target phrase that continues it (当年计划投资284亿元), else the dangling clause is dropped.
 */
function completeClauses(sentence: string, targetTexts: readonly string[]): string {
  const clauses = sentence.split(/[，,]/);
  const last = clauses.at(-1)?.trim() ?? "";
  if (clauses.length < 2 || /\d/.test(last) || !DANGLING.test(last)) return sentence;
  const completed = targetTexts.map((text) => text.replace(/\s+/g, "")).find((text) => text.startsWith(last) && /\d/.test(text));
  return [...clauses.slice(0, -1), ...(completed !== undefined ? [completed] : [])].join("，");
}
