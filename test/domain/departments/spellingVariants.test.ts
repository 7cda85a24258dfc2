import { spellingVariants } from "../../../src/domain/departments/spellingVariants";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";

describe("spellingVariants", () => {
  it("finds a unit written two ways, without rewriting either", () => {
    const tasks = [
      { leads: ["市发改委"], supporting: ["市财政局"] },
      { leads: ["市发展改革委"], supporting: ["市人社局", "市人力资源和社会保障局"] },
    ];
    expect(spellingVariants(tasks)).toEqual([
      ["市发改委", "市发展改革委"],
      ["市人社局", "市人力资源和社会保障局"],
    ]);
    expect(spellingVariants([{ leads: ["市发改委"], supporting: ["市财政局"] }])).toEqual([]);
  });

  it("is said once by the import, the names kept as the document writes them", () => {
    const result = importDivisionText("一、任务\n1.完成投资。（市发改委牵头）\n2.稳定物价。（市发展改革委牵头）");
    expect(result.ok && result.value.tasks.map((task) => task.leads)).toEqual([["市发改委"], ["市发展改革委"]]);
    expect(result.problems.filter((problem) => problem.code === "unit-spelled-differently").map((problem) => problem.message)).toEqual([
      "同一单位在文中有几种写法：市发改委、市发展改革委，已按原文分别保留。如需统一，请在部门名录中列出它的全称和简称。",
    ]);
  });
});
