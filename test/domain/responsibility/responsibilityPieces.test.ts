import { assignLeads } from "../../../src/domain/responsibility/assignLeads";
import { labelledGroups } from "../../../src/domain/responsibility/labelledGroups";
import { roleGroups } from "../../../src/domain/responsibility/roleGroups";
import type { ResponsibilityRole } from "../../../src/domain/responsibility/roleGroups";
import { separateNames } from "../../../src/domain/responsibility/separateNames";
import { stripOuterBrackets } from "../../../src/domain/responsibility/stripOuterBrackets";
import { uniqueNames } from "../../../src/domain/responsibility/uniqueNames";

const noRoles: Record<ResponsibilityRole, string[]> = { lead: [], respective: [], support: [], joint: [], responsible: [], convener: [] };

describe("the pieces of reading a responsibility text", () => {
  it("takes off brackets that wrap the whole text only", () => {
    expect(stripOuterBrackets("（省国土资源厅牵头）。")).toBe("省国土资源厅牵头");
    expect(stripOuterBrackets("((省财政厅负责))")).toBe("省财政厅负责");
    expect(stripOuterBrackets("(延边州)政府")).toBe("(延边州)政府");
  });

  it("separates names written apart and joins a name broken by a PDF copy", () => {
    expect(separateNames("市发改委 市财政局")).toBe("市发改委、市财政局");
    expect(separateNames("省发展 改革委")).toBe("省发展改革委");
  });

  it("splits a segment at its role words, 各项目牵头单位 staying a name", () => {
    expect(roleGroups("省发展改革委牵头，省财政厅配合", "responsible")).toEqual([
      { list: "省发展改革委", role: "lead" },
      { list: "，省财政厅", role: "support" },
    ]);
    expect(roleGroups("各项目牵头单位", "responsible")).toEqual([{ list: "各项目牵头单位", role: "responsible" }]);
    expect(roleGroups("省食安办、省食品药品监管局按职责分工负责", "responsible")).toEqual([{ list: "省食安办、省食品药品监管局", role: "joint" }]);
  });

  it("reads labels with their roles and levels", () => {
    expect(labelledGroups("牵头单位：市发改委 配合单位：市财政局").map(({ role, level }) => [role, level])).toEqual([
      ["lead", ""],
      ["support", ""],
    ]);
    expect(labelledGroups("省牵头单位：省发展改革委；市牵头单位：市发改委").map(({ role, level }) => [role, level])).toEqual([
      ["lead", "省"],
      ["lead", "市"],
    ]);
  });

  it("decides who leads: 会同, 按职责分工负责, an unmarked list, and 有关部门 alone", () => {
    const convened = assignLeads({ ...noRoles, convener: ["省发展改革委", "省财政厅"], responsible: ["有关部门"] }, { firstListedLeads: false }, ["省发展改革委", "省财政厅", "有关部门"]);
    expect([convened.leads, convened.supporting, convened.kind]).toEqual([["省发展改革委"], ["省财政厅", "有关部门"], "lead"]);
    const joint = assignLeads({ ...noRoles, joint: ["省食安办", "省食品药品监管局"] }, { firstListedLeads: false }, ["省食安办", "省食品药品监管局"]);
    expect([joint.leads, joint.kind]).toEqual([[], "joint"]);
    const listed = { ...noRoles, responsible: ["市发改委", "市财政局"] };
    expect(assignLeads(listed, { firstListedLeads: false }, listed.responsible)).toMatchObject({ leads: [], unmarkedList: true, kind: "lead" });
    expect(assignLeads(listed, { firstListedLeads: false, unmarked: "first-listed" }, listed.responsible)).toMatchObject({ leads: ["市发改委"], supporting: ["市财政局"] });
    expect(assignLeads(listed, { firstListedLeads: true }, listed.responsible)).toMatchObject({ leads: ["市发改委"], unmarkedList: false });
    expect(assignLeads({ ...noRoles, responsible: ["有关部门"] }, { firstListedLeads: false }, ["有关部门"])).toEqual({ leads: [], supporting: [], kind: "lead", unmarkedList: false, vague: true });
  });

  it("keeps each name once, where it is first written", () => {
    expect(uniqueNames(["省财政厅", "省发展改革委", "省财政厅"])).toEqual(["省财政厅", "省发展改革委"]);
  });
});
