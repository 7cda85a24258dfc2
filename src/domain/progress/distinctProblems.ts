import type { Problem } from "../problem";

/**
 * Problems in order, each distinct one once (two targets can raise the same problem).
 * @example distinctProblems([noFigure, noFigure, unitMismatch]) // [noFigure, unitMismatch]
 */
export function distinctProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.code, problem.file, problem.sheet, problem.cell, problem.line, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
