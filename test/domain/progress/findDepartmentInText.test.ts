import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { findDepartmentInText } from "../../../src/domain/progress/findDepartmentInText";

const roster = buildRoster({
  name: "部门名录",
  rows: [
    ["单位名称", "简称"],
    ["省交通运输厅", "交通厅"],
    ["省委宣传部", "宣传部"],
  ],
});
const known = ["省经委", "省发展改革委", "省统计局", "省环保局"];

describe("findDepartmentInText", () => {
  it("finds the department a title names (省交通运输厅重点工作进展情况表)", () => {
    expect(findDepartmentInText("省交通运输厅重点工作进展情况表", known, roster)).toBe("省交通运输厅");
    expect(findDepartmentInText("省经委“工业项目年”重点工作进展情况（1-10月）", known, roster)).toBe("省经委");
    expect(findDepartmentInText("省委宣传部进展", known, roster)).toBe("省委宣传部");
  });

  it("finds it in a file name, and reads a short form at the start (省发改委 → 省发展改革委)", () => {
    expect(findDepartmentInText("省发展改革委-1至10月进展.xlsx", known, roster)).toBe("省发展改革委");
    expect(findDepartmentInText("省发改委进展", known, roster)).toBe("省发展改革委");
  });

  it("names no one when the text names no known department", () => {
    expect(findDepartmentInText("有关部门重点工作进展情况汇总", known, roster)).toBeNull();
    expect(findDepartmentInText("Sheet1", known, roster)).toBeNull();
    expect(findDepartmentInText("", known, roster)).toBeNull();
  });
});
