import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { canonicalDepartment } from "../../../src/domain/departments/canonicalDepartment";
import { DIVISION_2011_TASKS } from "../../fixtures/division2011";

describe("canonicalDepartment without a roster sheet (built-in short forms)", () => {
  const roster = buildRoster(null);

  it.each([
    ["省发改委", "省发展改革委"],
    ["发改委", "发展改革委"],
    ["省发展和改革委员会", "省发展改革委"],
    ["省人社厅", "省人力资源社会保障厅"],
    ["省人力资源和社会保障厅", "省人力资源社会保障厅"],
    ["省住建厅", "省住房城乡建设厅"],
    ["省工信厅", "省工业信息化厅"],
    ["省国土厅", "省国土资源厅"],
    ["省环境保护厅", "省环保厅"],
    ["省食药监局", "省食品药品监管局"],
    ["市发改委", "市发展改革委"],
    ["市人社局", "市人力资源社会保障局"],
    ["市住建局", "市住房城乡建设局"],
    ["吉林省工业和信息化厅", "吉林省工业信息化厅"],
    ["长春市人民政府", "长春市政府"],
    ["各市（州）人民政府", "各市（州）政府"],
    ["省 国土资源厅", "省国土资源厅"],
    ["各市 (州) 政府", "各市（州）政府"],
  ])("reports %s as %s", (written, canonical) => {
    expect(canonicalDepartment(roster, written)).toBe(canonical);
  });

  it("leaves every department name of the division document 003 as the document writes it", () => {
    const names = new Set(DIVISION_2011_TASKS.flatMap((task) => [...task.leads, ...task.supporting]));
    expect(names.size).toBeGreaterThan(80);
    for (const name of names) expect(canonicalDepartment(roster, name)).toBe(name);
  });
});

describe("canonicalDepartment with a 部门名录 sheet", () => {
  const roster = buildRoster({
    name: "部门名录",
    rows: [
      ["单位名称", "简称"],
      ["省发展和改革委员会", "省发改委、发改委"],
      ["省人力资源和社会保障厅", "省人社厅，人社厅"],
      ["各县（市、区）政府", ""],
    ],
  });

  it("reports the roster's full name for its short names and for built-in variants of either", () => {
    expect(canonicalDepartment(roster, "省发改委")).toBe("省发展和改革委员会");
    expect(canonicalDepartment(roster, "发改委")).toBe("省发展和改革委员会");
    expect(canonicalDepartment(roster, "省发展改革委")).toBe("省发展和改革委员会");
    expect(canonicalDepartment(roster, "省人力资源社会保障厅")).toBe("省人力资源和社会保障厅");
    expect(canonicalDepartment(roster, "各县(市、区)政府")).toBe("各县（市、区）政府");
  });

  it("leaves a name the roster does not know in its normalised form", () => {
    expect(canonicalDepartment(roster, "省 教育厅")).toBe("省教育厅");
  });
});
