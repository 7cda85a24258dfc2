import type { ResponsibilityKind } from "../task";

/**
 * The shapes of reading a responsibility text (parseResponsibility): what the caller tells the reading, what it
 * finds, and the problems it reports.
 */

/** A problem found while reading one responsibility text (the caller adds the location and severity). */
export interface ResponsibilityProblem {
  /** Stable code: "no-department" (the text names no department), "run-together-names" (names written without separators). */
  code: string;
  message: string;
  messageEn: string;
}

/** How an unmarked list of several units (no 牵头, no rule in the document) is read. */
export type UnmarkedListReading = "first-listed" | "joint";

export interface ResponsibilityContext {
  /** The first-listed-leads rule (列第一位者为牵头部门) is in force from earlier in the document. */
  firstListedLeads?: boolean;
  /** How to read an unmarked list of several units when no rule is in force; by default it has no lead. */
  unmarked?: UnmarkedListReading;
  /** The level whose units count where the text has parallel 省牵头单位 / 市牵头单位 labels. */
  level?: string;
  /** Whether the roster knows a name as written (splits run-together names). */
  isKnown?: (name: string) => boolean;
}

/** What a responsibility text (责任单位 / the bracket after a task) says. */
export interface ParsedResponsibility {
  /** Lead departments (牵头). Empty for joint responsibility and for an unmarked list of several without the rule. */
  leads: string[];
  /** Supporting departments (配合); for joint responsibility every responsible department. */
  supporting: string[];
  kind: ResponsibilityKind;
  /** Every department named, in the order written (normalised, not canonicalised). */
  departments: string[];
  /** Named leaders (责任领导：张三): persons, not departments. */
  leaders: string[];
  /** Names completed by the reading (a carried prefix, a split run-together name). */
  inferred: string[];
  /** Levels of parallel labels (省牵头单位 / 市牵头单位), in order; empty when the labels name no level. */
  levels: string[];
  /** The text listed several units without 牵头 and no rule was in force: read by `context.unmarked`. */
  unmarkedList: boolean;
  /** The first-listed-leads note when the text states it (列第一位者为牵头部门，下同). */
  conventionNote: null | { firstListedLeads: boolean; appliesToRest: boolean; exceptRespective: boolean };
  problems: ResponsibilityProblem[];
}
