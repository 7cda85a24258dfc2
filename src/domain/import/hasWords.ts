/**
 * Whether a piece of text has a word in it (a Chinese character, a letter or a digit), not only punctuation,
 * numbering or spaces.
 * @example hasWords("（省发展改革委牵头）") // true
 * @example hasWords("——；") // false
 */
export function hasWords(text: string): boolean {
  return /[\u4e00-\u9fffA-Za-z0-9]/.test(text);
}
