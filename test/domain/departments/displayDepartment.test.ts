import { buildRoster } from "../../../src/domain/departments/buildRoster";
import { displayDepartment } from "../../../src/domain/departments/displayDepartment";

describe("displayDepartment", () => {
  it("keeps the document's spelling without a roster (市发改委 stays 市发改委)", () => {
    expect(displayDepartment(buildRoster(null), "市发改委")).toBe("市发改委");
    expect(displayDepartment(buildRoster(null), " 省 人社厅 ")).toBe("省人社厅");
  });

  it("uses the roster's full name when the roster lists the unit under any of its names", () => {
    const roster = buildRoster({ name: "部门名录", rows: [["单位名称", "简称"], ["市发展和改革委员会", "市发改委"]] });
    expect(displayDepartment(roster, "市发改委")).toBe("市发展和改革委员会");
    expect(displayDepartment(roster, "市财政局")).toBe("市财政局");
  });
});
