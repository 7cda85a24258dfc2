import type { TaskStatus } from "../../../src/domain/evaluation";
import { worstTargetStatus } from "../../../src/domain/progress/worstTargetStatus";

const statuses = (...list: TaskStatus[]) => list.map((status, index) => ({ status, index }));

describe("worstTargetStatus", () => {
  it("orders overdue > no report > lagging badly > lagging > due soon > on schedule > done", () => {
    const order: TaskStatus[] = ["overdue", "no-report", "lagging-badly", "lagging", "due-soon", "on-schedule", "done"];
    for (let worse = 0; worse < order.length; worse += 1) {
      for (let better = worse + 1; better < order.length; better += 1) {
        expect(worstTargetStatus(statuses(order[better], order[worse]))?.status).toBe(order[worse]);
        expect(worstTargetStatus(statuses(order[worse], order[better]))?.status).toBe(order[worse]);
      }
    }
  });

  it("a second target that lags outweighs a first on schedule, and the lagging target decides", () => {
    expect(worstTargetStatus(statuses("on-schedule", "lagging", "done"))).toEqual({ status: "lagging", index: 1 });
  });

  it("done only when every target is done; then the first decides", () => {
    expect(worstTargetStatus(statuses("done", "done", "done"))).toEqual({ status: "done", index: 0 });
    expect(worstTargetStatus(statuses("done", "due-soon", "done"))).toEqual({ status: "due-soon", index: 1 });
  });

  it("of equally severe targets the first decides; no targets give undefined", () => {
    expect(worstTargetStatus(statuses("on-schedule", "lagging-badly", "lagging-badly"))).toEqual({ status: "lagging-badly", index: 1 });
    expect(worstTargetStatus([])).toBeUndefined();
  });
});
