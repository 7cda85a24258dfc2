/**
 * Where a problem of an imported text is: its file (when the text came from one) and its 1-based line, each left
 * out when unknown, for spreading into a Problem.
 * @example sourceLocation("分工方案.docx", 12) // { file: "分工方案.docx", line: 12 }
 * @example sourceLocation(undefined) // {}
 */
export function sourceLocation(file: string | undefined, line?: number): { file?: string; line?: number } {
  return {
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line }),
  };
}
