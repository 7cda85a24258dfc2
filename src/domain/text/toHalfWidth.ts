/**
 * Convert full-width ASCII forms (digits, letters, ％, ＋, －, ．, full-width space) to half-width.
 * Chinese punctuation such as 、，（） is left as it is: it carries meaning in department lists.
 * @example toHalfWidth("１２６．６％") // "126.6%"
 */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) out += " ";
    else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0); // digits
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) out += String.fromCharCode(code - 0xfee0); // letters
    else if (ch === "％" || ch === "＋" || ch === "－" || ch === "．" || ch === "／" || ch === "＝" || ch === "＠" || ch === "＿" || ch === "＊")
      out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}
