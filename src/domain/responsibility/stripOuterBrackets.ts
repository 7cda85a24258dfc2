/**
 * Take off outer brackets and end marks, as often as they wrap the whole text; a bracket that closes before the
 * end does not wrap it: (延边州)政府 stays.
 * @example stripOuterBrackets("（省国土资源厅牵头）。") // "省国土资源厅牵头"
 * @example stripOuterBrackets("(延边州)政府") // "(延边州)政府"
 */
export function stripOuterBrackets(text: string): string {
  let out = text.trim().replace(/[。．.；;，,\s]+$/, "");
  for (;;) {
    const open = out[0];
    const close = out[out.length - 1];
    if (!((open === "（" || open === "(") && (close === "）" || close === ")"))) return out;
    // Only when the first bracket closes at the very end: (延边州)政府 is not wrapped.
    let depth = 0;
    let closesAt = -1;
    for (let index = 0; index < out.length; index += 1) {
      if (out[index] === "（" || out[index] === "(") depth += 1;
      if (out[index] === "）" || out[index] === ")") depth -= 1;
      if (depth === 0) {
        closesAt = index;
        break;
      }
    }
    if (closesAt !== out.length - 1) return out;
    out = out.slice(1, -1).trim().replace(/[。．.；;，,\s]+$/, "");
  }
}
