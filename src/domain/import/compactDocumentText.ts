/**
 * The text of a task or responsibility as the clerk should see it: white space taken out, except one space
 * between two Latin letters or digits (“Ａ级” stays, “省发展 改革委” and “推动 《纲要》” lose the stray space a
 * PDF or a typesetter put in). Characters are otherwise kept as written.
 * @example compactDocumentText("　　推动 《纲要》顺利实施 ") // "推动《纲要》顺利实施"
 * @example compactDocumentText("GDP  growth 6%") // "GDP growth 6%"
 */
export function compactDocumentText(text: string): string {
  return text
    .trim()
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "")
    .replace(/[\s\u3000]+/g, (space, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? "";
      const after = whole[offset + space.length] ?? "";
      return /[A-Za-z0-9%.]/.test(before) && /[A-Za-z0-9]/.test(after) ? " " : "";
    });
}
