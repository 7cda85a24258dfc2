import { buildRoster } from "../../../src/domain/departments/buildRoster";

describe("buildRoster", () => {
  it("reads 全称 and 简称 columns under a title, several short names separated by 、，,", () => {
    const roster = buildRoster({
      name: "部门名录",
      rows: [
        ["省直部门名录", null, null],
        ["序号", "全称", "别名"],
        [1, "省国土资源厅", "省国土厅、国土厅"],
        [2, "省人力资源社会保障厅", "省人社厅,人社厅，省人力资源和社会保障厅"],
        [3, "各县（市、区）政府", ""],
        [4, null, null],
      ],
    });
    expect(roster.sheet).toBe("部门名录");
    expect(roster.names).toEqual(["省国土资源厅", "省人力资源社会保障厅", "各县（市、区）政府"]);
    // Short names are keyed by their built-in full form: 国土厅 → 国土资源厅.
    expect(roster.byKey.get("国土资源厅")).toBe("省国土资源厅");
    expect(roster.byKey.get("省国土资源厅")).toBe("省国土资源厅");
    expect(roster.byKey.get("人力资源社会保障厅")).toBe("省人力资源社会保障厅");
    expect(roster.byKey.get("各县（市、区）政府")).toBe("各县（市、区）政府");
  });

  it("reads a roster without a header: full names in column A, short names in B", () => {
    const roster = buildRoster({ name: "单位清单", rows: [["省发展改革委", "省发改委"], ["省能源局"]] });
    expect(roster.names).toEqual(["省发展改革委", "省能源局"]);
    expect(roster.byKey.get("省发展改革委")).toBe("省发展改革委");
  });

  it("reads a one-column roster under its 单位名称 header", () => {
    const roster = buildRoster({ name: "部门名录", rows: [["单位名称"], ["省教育厅"], ["省卫生厅"]] });
    expect(roster.names).toEqual(["省教育厅", "省卫生厅"]);
  });

  it("is empty without a roster sheet", () => {
    expect(buildRoster(null)).toEqual({ sheet: null, names: [], byKey: new Map() });
  });
});
