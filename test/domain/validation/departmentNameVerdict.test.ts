import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { departmentNameVerdict } from "../../../src/domain/validation/departmentNameVerdict";

/** The 2011 吉林 task table's departments, as a 部门名录 sheet would list them. */
const ROSTER = buildRoster({
  name: "部门名录",
  rows: [
    ["单位名称", "简称"],
    ["省国土资源厅", ""],
    ["省教育厅", ""],
    ["省发展改革委", "省发改委"],
    ["省人力资源社会保障厅", "省人社厅"],
  ],
});

describe("departmentNameVerdict", () => {
  const noNearMiss = (): string | null => null;

  it("finds a name on the roster (full or short) fine, and names the roster and its closest name for one that is not", () => {
    expect(departmentNameVerdict("省发展改革委", { roster: ROSTER, nearMiss: noNearMiss })).toBeNull();
    expect(departmentNameVerdict("省发改委", { roster: ROSTER, nearMiss: noNearMiss })).toBeNull();
    expect(departmentNameVerdict("省发展改委", { roster: ROSTER, nearMiss: noNearMiss })).toEqual({ roster: "部门名录", near: "省发展改革委" });
    expect(departmentNameVerdict("省气象局", { roster: ROSTER, nearMiss: noNearMiss })?.roster).toBe("部门名录");
  });

  it("without a roster sheet, suspects only a near miss of a spelling used elsewhere; never a group of units", () => {
    const nearMiss = (name: string): string | null => (name === "省发展改委" ? "省发展改革委" : null);
    expect(departmentNameVerdict("省发展改委", { nearMiss })).toEqual({ near: "省发展改革委" });
    expect(departmentNameVerdict("省教育厅", { nearMiss })).toBeNull();
    expect(departmentNameVerdict("各市（州）政府", { roster: ROSTER, nearMiss })).toBeNull();
  });
});
