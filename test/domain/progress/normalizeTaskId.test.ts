import fc from "fast-check";
import { normalizeTaskId } from "../../../src/domain/progress/normalizeTaskId";

describe("normalizeTaskId", () => {
  it("makes the ways a task number is written equal", () => {
    for (const written of ["4", "４", "04", "4、", "4.", "（4）", "(4)", " ４ "]) expect(normalizeTaskId(written)).toBe("4");
    expect(normalizeTaskId("２.０３")).toBe("2.3");
    expect(normalizeTaskId("a-12")).toBe("A-12");
  });

  it("keeps different numbers different", () => {
    expect(normalizeTaskId("1")).not.toBe(normalizeTaskId("10"));
    expect(normalizeTaskId("1.1")).not.toBe(normalizeTaskId("11"));
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeTaskId(text);
        expect(normalizeTaskId(once)).toBe(once);
      }),
    );
  });
});
