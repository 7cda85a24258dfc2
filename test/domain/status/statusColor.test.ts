import { statusColor } from "../../../src/domain/status/statusColor";
import type { TaskStatus } from "../../../src/domain/evaluation";
import { STATUS_PRECEDENCE } from "../../../src/domain/evaluation";

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe("statusColor", () => {
  it("colours the statuses as docs/RULES.md: green, red, grey, red, yellow, blue, green", () => {
    expect(STATUS_PRECEDENCE.map((status) => statusColor(status).name)).toEqual(["green", "red", "grey", "grey", "red", "yellow", "blue", "green"]);
    expect(statusColor("lagging")).toEqual({ name: "yellow", fill: "#FFEB9C", font: "#9C5700", rowTint: "#FFF8E1" });
    expect(statusColor("overdue").fill).toBe("#FFC7CE");
    expect(statusColor("done").fill).toBe("#C6EFCE");
  });

  it("keeps dark text readable on every fill (WCAG contrast at least 4.5) and fills light enough for black-and-white print", () => {
    for (const status of STATUS_PRECEDENCE) {
      const { fill, font } = statusColor(status);
      const contrast = (luminance(fill) + 0.05) / (luminance(font) + 0.05);
      expect(contrast).toBeGreaterThanOrEqual(4.5);
      expect(luminance(fill)).toBeGreaterThan(0.6);
    }
  });

  it("tints whole rows only for the statuses that do not reach expected progress", () => {
    const tinted = STATUS_PRECEDENCE.filter((status) => statusColor(status).rowTint !== null);
    expect(tinted).toEqual<TaskStatus[]>(["overdue", "no-report", "no-figure", "lagging-badly", "lagging"]);
  });
});
