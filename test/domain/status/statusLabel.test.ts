import { statusLabel } from "../../../src/domain/status/statusLabel";
import { STATUS_PRECEDENCE } from "../../../src/domain/evaluation";

describe("statusLabel", () => {
  it("gives the Chinese words of docs/RULES.md for every status", () => {
    expect(STATUS_PRECEDENCE.map((status) => statusLabel(status))).toEqual(["已完成", "逾期", "未报送", "缺数字", "严重滞后", "滞后", "临期", "序时推进"]);
  });

  it("says 超额完成 for a done task above 100%, 已完成 at exactly 100%", () => {
    expect(statusLabel("done", "zh", 1.241)).toBe("超额完成");
    expect(statusLabel("done", "zh", 1)).toBe("已完成");
    expect(statusLabel("done", "zh", null)).toBe("已完成");
    expect(statusLabel("on-schedule", "zh", 1.5)).toBe("序时推进");
  });

  it("has English words", () => {
    expect(STATUS_PRECEDENCE.map((status) => statusLabel(status, "en"))).toEqual([
      "Done",
      "Overdue",
      "Not reported",
      "No figure",
      "Badly behind",
      "Behind",
      "Due soon",
      "On schedule",
    ]);
    expect(statusLabel("done", "en", 1.2)).toBe("Exceeded");
  });
});
