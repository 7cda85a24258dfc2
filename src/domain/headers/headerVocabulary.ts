/** One way a header is written, and the logical column(s) it means. */
export interface HeaderTerm<C extends string> {
  /** The header as written, e.g. "牵头单位", "1-10月完成情况" matches "完成情况"; compared after normalizeHeader. */
  name: string;
  /**
   * The logical columns it can mean, preferred first. An ambiguous header lists several:
   * 目标任务 → ["title", "target"] is the task column unless another column already is.
   */
  columns: readonly C[];
  /** Only the whole header matches (“单位” is the unit column, not every header containing 单位). */
  whole?: boolean;
}

/** The headers a table of one kind (task table, progress sheet, roster) is recognised by. */
export interface HeaderVocabulary<C extends string> {
  terms: readonly HeaderTerm<C>[];
  /** A header row must have one column of every group, e.g. [["title"], ["lead", "responsible"]]. */
  required: readonly (readonly C[])[];
}
