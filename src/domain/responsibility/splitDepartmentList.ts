import { normalizeName } from "../text/normalizeName";

/** Characters a department or place name ends with: 厅, 局, 委, 办, 政府, 市, 州 … (for splitting on 和/及/与). */
const NAME_END = /[厅局委办部会院室心府馆社所队团行司处站署组联协市州县区旗盟庭军关校台]$/;
/** A bare place (延边州, 通化市, 各市（州）) that takes the government suffix of the last name of its list. */
const BARE_PLACE = /^[\u4e00-\u9fff]{0,8}?(?:市|州|县|区|旗|盟)(?:（[^（）]*）)?$/;
/** A place with a government suffix (白山市政府, 吉林市人民政府, 县（市、区）政府): [place, suffix]. */
const PLACE_WITH_SUFFIX = /^([\u4e00-\u9fff]{0,8}?(?:市|州|县|区|旗|盟)(?:（[^（）]*）)?)(人民政府|政府|党委|党委政府|管委会)$/;
/** Words that name no department by themselves. */
const GENERIC = /^(?:有关|相关|其他|其它)?(?:部门|单位)$|^(?:有关|相关)方面$/;
/** Trailing 等部门 / 等有关单位 / 等. */
const TRAILING_ETC = /等(?:有关|相关|其他)?(?:部门|单位|地方)?$/;

/**
 * Split a department list as written into names: separators 、，,;；/ and 和/及/与/以及 (a 和 only between two
 * whole names, so 省人力资源和社会保障厅 stays one), brackets inside a name kept (各县（市、区）政府),
 * trailing 等部门 dropped, a shared government suffix distributed (延边州、通化市、白山市政府 → three
 * governments). Names are normalised (half-width, no white space, （）), not canonicalised.
 * Expects simplified characters and no role words (牵头, 负责 …).
 * @example splitDepartmentList("省发展改革委和延边州、通化市、白山市政府")
 * // ["省发展改革委", "延边州政府", "通化市政府", "白山市政府"]
 */
export function splitDepartmentList(list: string): string[] {
  const text = normalizeName(list).replace(/^[由及和与、，,;；:：。]+/, "");
  const pieces: string[] = [];
  let depth = 0;
  let current = "";
  const flush = (): void => {
    pieces.push(current);
    current = "";
  };
  for (let index = 0; index < text.length; index += 1) {
    const ch = text[index];
    if (ch === "（" || ch === "[" || ch === "【" || ch === "〔") depth += 1;
    if (ch === "）" || ch === "]" || ch === "】" || ch === "〕") depth = Math.max(0, depth - 1);
    if (depth === 0 && "、，,;；/。".includes(ch)) {
      flush();
      continue;
    }
    if (depth === 0 && current !== "" && NAME_END.test(current)) {
      const conjunction = text.startsWith("以及", index) ? "以及" : "和及与".includes(ch) ? ch : "";
      if (conjunction && index + conjunction.length < text.length) {
        flush();
        index += conjunction.length - 1;
        continue;
      }
    }
    current += ch;
  }
  flush();
  const names = pieces
    .map((piece) => piece.replace(TRAILING_ETC, "").replace(/^(?:由|和|及|与)/, ""))
    .filter((piece) => piece !== "" && !GENERIC.test(piece));
  // A shared suffix: 延边州、通化市、白山市政府 → 延边州政府、通化市政府、白山市政府.
  for (let index = names.length - 1; index > 0; index -= 1) {
    const suffixed = PLACE_WITH_SUFFIX.exec(names[index]);
    if (!suffixed) continue;
    for (let before = index - 1; before >= 0 && BARE_PLACE.test(names[before]); before -= 1) names[before] += suffixed[2];
  }
  return names.filter((name, index) => names.indexOf(name) === index);
}
