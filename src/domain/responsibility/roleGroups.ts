/**
 * The role a list of units has by the word after it or its label: leads (牵头), each for its part (分别牵头), supports
 * (配合), shares (按职责分工负责), is responsible (负责) or convenes others (会同).
 */
export type ResponsibilityRole = "lead" | "respective" | "support" | "joint" | "responsible" | "convener";

/** Role words, longest first, and the role of the list written before them. */
const ROLE_WORDS: ReadonlyArray<readonly [string, ResponsibilityRole]> = [
  ["按照职责分工负责", "joint"],
  ["按职责分工负责", "joint"],
  ["按职能分工负责", "joint"],
  ["按职责分工落实", "joint"],
  ["按职责负责", "joint"],
  ["分工负责", "joint"],
  ["共同负责", "joint"],
  ["分别牵头负责", "respective"],
  ["分别牵头", "respective"],
  ["分别负责", "respective"],
  ["牵头负责", "lead"],
  ["牵头", "lead"],
  ["主办", "lead"],
  ["会同", "convener"],
  ["结合实际抓好落实", "support"],
  ["结合实际落实", "support"],
  ["抓好落实", "support"],
  ["负责落实", "support"],
  ["组织落实", "support"],
  ["配合", "support"],
  ["参与", "support"],
  ["协助", "support"],
  ["协办", "support"],
  ["协同", "support"],
  ["负责", "responsible"],
];

/**
 * Split one labelled segment into lists, each with the role word that follows it; the list after the last role word
 * takes `defaultRole` (the label's), and 负责 under a label takes the label's role. Text in brackets is never split.
 * @example roleGroups("省发展改革委牵头，省财政厅配合", "responsible") // [{ list: "省发展改革委", role: "lead" }, { list: "，省财政厅", role: "support" }]
 */
export function roleGroups(segment: string, defaultRole: ResponsibilityRole): Array<{ list: string; role: ResponsibilityRole }> {
  const groups: Array<{ list: string; role: ResponsibilityRole }> = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < segment.length; index += 1) {
    const ch = segment[index];
    if (ch === "（") depth += 1;
    else if (ch === "）") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const word = ROLE_WORDS.find(([candidate]) => segment.startsWith(candidate, index));
    // 各项目牵头单位 / 有关负责部门 name units: a role word followed by 单位 or 部门 is part of a name.
    if (!word || /^(?:单位|部门)/.test(segment.slice(index + word[0].length))) continue;
    const role = word[1] === "responsible" && defaultRole !== "responsible" ? defaultRole : word[1];
    groups.push({ list: segment.slice(start, index), role });
    start = index + word[0].length;
    index = start - 1;
  }
  groups.push({ list: segment.slice(start), role: defaultRole });
  return groups.filter((group) => /[\u4e00-\u9fffA-Za-z]/.test(group.list));
}

