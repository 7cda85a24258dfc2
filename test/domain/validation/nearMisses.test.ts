import { nearMisses } from "../../../src/domain/validation/nearMisses";
import type { Task } from "../../../src/domain/task";

/** Tasks of the 2011 吉林 table as read, one name misspelt in a later row. */
function task(id: string, leads: string[], supporting: string[] = []): Task {
  return { id, number: id, section: [], title: `任务${id}`, category: "", target: "", leads, supporting, responsibility: "lead", deadline: null, source: { sheet: "任务分解表", row: Number(id) + 2 } };
}

describe("nearMisses", () => {
  const tasks = [
    task("1", ["省发展改革委"]),
    task("2", ["省发展改革委"], ["省财政厅"]),
    task("3", ["省发展改委"]),
    task("4", ["白城市政府"], ["白山市政府"]),
    task("5", ["省林业厅"], ["省农业厅"]),
  ];
  const nearMiss = nearMisses(tasks);

  it("names the more common spelling one edit away of a name used less", () => {
    expect(nearMiss("省发展改委")).toBe("省发展改革委");
    expect(nearMiss("省发展改革委")).toBeNull();
  });

  it("never suspects governments of places, short names or names with nothing near", () => {
    expect(nearMiss("白山市政府")).toBeNull();
    expect(nearMiss("省农业厅")).toBeNull();
    expect(nearMiss("省财政厅")).toBeNull();
  });
});
