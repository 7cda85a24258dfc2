import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { closestDepartment } from "../../../src/domain/departments/closestDepartment";
import { editDistance } from "../../../src/domain/departments/editDistance";
import { isDepartmentGroup } from "../../../src/domain/departments/isDepartmentGroup";
import { isRosterSheetName } from "../../../src/domain/departments/isRosterSheetName";

describe("closestDepartment", () => {
  const roster = buildRoster({
    name: "部门名录",
    rows: [["单位名称", "简称"], ["省发展改革委", "省发改委"], ["省国土资源厅", "省国土厅"], ["省能源局", ""]],
  });

  it("finds the roster name one edit away from a misspelling (省发展改委)", () => {
    expect(closestDepartment(roster, "省发展改委")).toEqual({ name: "省发展改革委", distance: 1 });
  });

  it("compares against short names too and reports the full name", () => {
    expect(closestDepartment(roster, "省国土局")).toEqual({ name: "省国土资源厅", distance: 1 });
  });

  it("is null for an empty roster", () => {
    expect(closestDepartment(buildRoster(null), "省能源局")).toBeNull();
  });
});

describe("editDistance, isDepartmentGroup, isRosterSheetName", () => {
  it("counts edits in characters", () => {
    expect(editDistance("省发展改委", "省发展改革委")).toBe(1);
    expect(editDistance("省林业厅", "省环保厅")).toBe(2);
    expect(editDistance("", "省教育厅")).toBe(4);
    expect(editDistance("省教育厅", "省教育厅")).toBe(0);
  });

  it("knows groups of governments and departments", () => {
    expect(isDepartmentGroup("各县（市、区）政府")).toBe(true);
    expect(isDepartmentGroup("各市 （州）政府")).toBe(true);
    expect(isDepartmentGroup("省直各有关部门")).toBe(true);
    expect(isDepartmentGroup("延边州政府")).toBe(false);
  });

  it("knows roster sheet names", () => {
    expect(["部门名录", "单位名录", "部门清单", "责任单位名录"].every(isRosterSheetName)).toBe(true);
    expect(["任务分解表", "分工方案", "台账 2011-10"].some(isRosterSheetName)).toBe(false);
  });
});
