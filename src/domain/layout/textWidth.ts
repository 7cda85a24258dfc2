/**
 * Display width of a text in Excel character units: a Chinese character (or any full-width form)
 * takes about two, an ASCII character one. `start` and `end` measure a part of the text without copying it.
 * @example textWidth("省发展改革委") // 12
 * @example textWidth("126.6亿元") // 9
 */
export function textWidth(text: string, start = 0, end = text.length): number {
  let width = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    // A character beyond the Basic Multilingual Plane (a surrogate pair) is one wide character.
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < end) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at++;
    }
    width += code > 0x2e7f ? 2 : code >= 0x2000 && code <= 0x206f ? 2 : 1;
  }
  return width;
}
