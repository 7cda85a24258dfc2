/**
 * Problems: expected failures, returned as values with a stable code, a severity,
 * a location (file / sheet / cell / line) and a message in the clerk's language.
 */

export type Severity = "error" | "warning" | "info";

/** Where a problem is. Every field optional: a sheet problem has sheet+cell, a text problem has line. */
export interface ProblemLocation {
  file?: string;
  sheet?: string;
  /** A1-style address, e.g. "D7". */
  cell?: string;
  /** 1-based line number in a text or document source. */
  line?: number;
}

export interface Problem extends ProblemLocation {
  /** Stable kebab-case code, e.g. "missing-lead", "unknown-department", "unit-mismatch". */
  code: string;
  severity: Severity;
  /** Chinese message for the clerk, naming what is wrong and what to do. */
  message: string;
  /** English message (the UI shows it when Office's display language is English). */
  messageEn: string;
  /** A suggested fix, e.g. the closest roster name; optional. */
  suggestion?: string;
}

/** A result in the style of zod's safeParse: a value, or the problems that prevented it. */
export type Result<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Build a successful result, carrying warnings gathered on the way.
 * @example ok(tasks, warnings) // { ok: true, value: tasks, problems: warnings }
 */
export function ok<T>(value: T, problems: Problem[] = []): Result<T> {
  return { ok: true, value, problems };
}

/**
 * Build a failed result.
 * @example fail([{ code: "no-header", severity: "error", ... }])
 */
export function fail<T>(problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

/** Where a problem points, formatted as `file sheet!cell` / `file:line` for lists and the command line. */
export function formatLocation(location: ProblemLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.line ? `${location.file}:${location.line}` : location.file);
  else if (location.line) parts.push(`line ${location.line}`);
  if (location.sheet) parts.push(location.cell ? `${location.sheet}!${location.cell}` : location.sheet);
  return parts.join(" ") || "-";
}
