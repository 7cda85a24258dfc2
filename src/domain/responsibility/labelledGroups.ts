import { roleGroups, type ResponsibilityRole } from "./roleGroups";

/** A list of units with its role and the level of its label (省 / 市 where a table had parallel columns, else ""). */
export interface LabelledGroup {
  list: string;
  role: ResponsibilityRole;
  level: string;
}

/** 牵头单位： / 配合单位： / 责任单位： / 牵头： labels, with a level in front where a table had parallel columns (省牵头单位：). */
const LABEL = /((?:[省市县区]级?)?(?:(?:牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责)(?:责任)?(?:单位|部门|主体)?|(?:部门|责任)分工))\s*[：:]/g;

function labelRole(label: string): ResponsibilityRole {
  label = label.replace(/^[省市县区]级?(?=牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责|部门|分工)/, "");
  if (/^(牵头|主办|主责)/.test(label)) return "lead";
  if (/^(配合|协办|参与|协作|协同)/.test(label)) return "support";
  return "responsible";
}

function labelLevel(label: string): string {
  return /^([省市县区])级?(?=牵头|主办|主责|配合|协办|参与|协作|协同|责任|承办|实施|负责)/.exec(label)?.[1] ?? "";
}

/**
 * The lists of units of a responsibility text with their roles: the text before the first label (or the whole text
 * when it has none) read by its role words, then each labelled segment read with the label's role and level.
 * @example labelledGroups("牵头单位：市发改委 配合单位：市财政局").map((group) => group.role) // ["lead", "support"]
 * @example labelledGroups("省牵头单位：省发展改革委；市牵头单位：市发改委").map((group) => group.level) // ["省", "市"]
 */
export function labelledGroups(body: string): LabelledGroup[] {
  const labels = [...body.matchAll(LABEL)];
  const unlabelled = (text: string): LabelledGroup[] => roleGroups(text, "responsible").map((group) => ({ ...group, level: "" }));
  if (labels.length === 0) return unlabelled(body);
  const groups: LabelledGroup[] = labels[0].index > 0 ? unlabelled(body.slice(0, labels[0].index)) : [];
  labels.forEach((label, index) => {
    const from = label.index + label[0].length;
    const to = index + 1 < labels.length ? labels[index + 1].index : body.length;
    const level = labelLevel(label[1]);
    const role = labelRole(label[1]);
    groups.push(...roleGroups(body.slice(from, to), role).map((group) => ({ ...group, level })));
  });
  return groups;
}
