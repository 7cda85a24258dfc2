import type { Target } from "../evaluation";
import { findNumbers, type NumberMention } from "../numbers/findNumbers";
import { convertUnit } from "../units/convertUnit";
import { unitFactor } from "../units/unitFactor";
import { TIME_DIMENSIONS } from "../units/unitTable";

/** The part of a progress text that concerns one target of a task with several targets. */
export interface ReportPart {
  /** The clause(s) to read the target's figure from, joined by "，"; "" when nothing concerns the target. */
  text: string;
  /** True when a clause holds a figure in the target's unit (the target is answered by the text). */
  matched: boolean;
}

const CLAUSE_END = /[，,；;。]/;
const SUBJECT_MENTIONED = 1000;

/**
 * The clauses of a progress text that concern one of a task's several targets. The text is split at ，,；;。; a
 * clause without a figure (“1-10月”, “外贸出口方面”) is read with the next one. A clause that names another target's
 * subject and not this one's belongs to that target and is left out. Of the clauses left that hold a figure
 * convertible to the target's unit, those naming the target's subject win, else those sharing most characters with
 * it (ties are all kept; extractActual then picks the figure). With no such clause, `matched` is false and `text` is
 * the clauses not claimed by another target, so that a figure in a wrong unit is still reported as a mismatch.
 * @example reportPartForTarget("完成棚户区改造5702户，回迁安置2000户，发放租赁补贴6500户", target回迁安置3000户, targets)
 * // { text: "回迁安置2000户", matched: true }
 * @example reportPartForTarget("1-10月全省完成工业投资1438.6亿元，同比增长36.5%", target增长40%以上, targets)
 * // { text: "同比增长36.5%", matched: true }
 */
export function reportPartForTarget(text: string, target: Target, targets: readonly Target[]): ReportPart {
  // A clause is read for its figures once here, though asked about twice (any figure, a figure in the target's unit).
  const read = new Map<string, readonly NumberMention[]>();
  const numbersOf = (clause: string): readonly NumberMention[] => {
    let mentions = read.get(clause);
    if (mentions === undefined) read.set(clause, (mentions = findNumbers(clause)));
    return mentions;
  };
  const clauses = clausesOf(typeof text === "string" ? text : "", numbersOf);
  const own = target.subject.trim();
  const others = targets
    .filter((other) => other !== target)
    .map((other) => other.subject.trim())
    .filter((subject) => subject !== "" && subject !== own && !own.includes(subject));
  const unclaimed = clauses.filter(
    (clause) => (own !== "" && clause.includes(own)) || !others.some((subject) => clause.includes(subject)),
  );
  const candidates = unclaimed.filter((clause) => hasFigureIn(numbersOf(clause), target.unit));
  if (candidates.length === 0) return { text: unclaimed.join("，"), matched: false };
  const scores = candidates.map((clause) => (own !== "" && clause.includes(own) ? SUBJECT_MENTIONED : sharedCharacters(clause, own)));
  const top = Math.max(...scores);
  return { text: candidates.filter((_, index) => scores[index] === top).join("，"), matched: true };
}

function clausesOf(text: string, numbersOf: (clause: string) => readonly NumberMention[]): string[] {
  const clauses: string[] = [];
  let leadIn = "";
  for (const piece of text.split(CLAUSE_END).map((part) => part.trim())) {
    if (piece === "") continue;
    const joined = leadIn === "" ? piece : `${leadIn}，${piece}`;
    if (hasAnyFigure(numbersOf(piece))) {
      clauses.push(joined);
      leadIn = "";
    } else leadIn = joined;
  }
  if (leadIn !== "") {
    if (clauses.length === 0) clauses.push(leadIn);
    else clauses[clauses.length - 1] = `${clauses[clauses.length - 1]}，${leadIn}`;
  }
  return clauses;
}

function hasAnyFigure(mentions: readonly NumberMention[]): boolean {
  return mentions.some((mention) => {
    if (mention.unit === "" || !Number.isFinite(mention.value)) return false;
    const factor = unitFactor(mention.unit);
    return factor === null || !TIME_DIMENSIONS.has(factor.dimension);
  });
}

function hasFigureIn(mentions: readonly NumberMention[], unit: string): boolean {
  return mentions.some(
    (mention) => mention.unit !== "" && Number.isFinite(mention.value) && convertUnit(mention.value, mention.unit, unit) !== null,
  );
}

function sharedCharacters(clause: string, subject: string): number {
  return [...new Set(subject)].filter((character) => /\p{L}/u.test(character) && clause.includes(character)).length;
}
