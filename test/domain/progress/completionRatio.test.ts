import type { Target } from "../../../src/domain/evaluation";
import { completionRatio } from "../../../src/domain/progress/completionRatio";

const target = (kind: Target["kind"], value: number | null, unit: string, years?: number): Target => ({
  kind,
  value,
  unit,
  qualifier: "exact",
  subject: "",
  text: "",
  ...(years !== undefined ? { years } : {}),
});

describe("completionRatio", () => {
  it("divides actual by plan for amounts, levels and cumulative targets", () => {
    expect(completionRatio(target("amount", 284, "亿元"), 241.4)).toBeCloseTo(0.85, 3);
    expect(completionRatio(target("level", 92, "%"), 91.5)).toBeCloseTo(0.995, 3);
    expect(completionRatio(target("cumulative", 63.27, "万套", 5), 40.5)).toBeCloseTo(0.640, 3);
  });

  it("shows target ÷ actual for a cap", () => {
    expect(completionRatio(target("cap", 4.5, "%"), 3.9)).toBeCloseTo(1.154, 3);
    expect(completionRatio(target("cap", 4.5, "%"), 0)).toBeNull();
  });

  it("divides growth by target growth", () => {
    expect(completionRatio(target("growth", 6, "%"), 5.6)).toBeCloseTo(0.933, 3);
  });

  it("compounds a reduction over several years: 4.87% against 17% is 26.8%, not 28.6%", () => {
    expect(completionRatio(target("reduction", 17, "%", 5), 4.87)).toBeCloseTo(0.268, 3);
    expect(completionRatio(target("reduction", 17, "%"), 4.87, { multiYear: true })).toBeCloseTo(0.268, 3);
    expect(completionRatio(target("reduction", 17, "%"), 4.87)).toBeCloseTo(0.286, 3);
  });

  it("has no ratio for milestones or without an actual", () => {
    expect(completionRatio(target("milestone", null, ""), 1)).toBeNull();
    expect(completionRatio(target("amount", 284, "亿元"), null)).toBeNull();
    expect(completionRatio(target("amount", 0, "亿元"), 5)).toBeNull();
  });
});
