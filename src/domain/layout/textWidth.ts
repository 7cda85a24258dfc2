/**
 * Display width of a text in Excel character units: a Chinese character (or any full-width form)
 * takes about two, an ASCII character one.
 * @example textWidth("省发展改革委") // 12
 * @example textWidth("126.6亿元") // 9
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code > 0x2e7f ? 2 : code >= 0x2000 && code <= 0x206f ? 2 : 1;
  }
  return width;
}
