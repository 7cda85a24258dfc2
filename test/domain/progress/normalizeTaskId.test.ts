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

describe("normalizeTaskId — citations and printed Chinese numbers", () => {
  it("finds task X under a circular's 第X项, whether X is written in figures or in Chinese", () => {
    expect(normalizeTaskId("第3项")).toBe(normalizeTaskId("3."));
    expect(normalizeTaskId("第十二项")).toBe(normalizeTaskId("12"));
    expect(normalizeTaskId("第三条")).toBe("3");
  });

  it("reads a printed Chinese number and a sectioned id by value: （一） = 一 = 1, 二-3 = 2-3", () => {
    expect(normalizeTaskId("（一）")).toBe("1");
    expect(normalizeTaskId("(十一)")).toBe("11");
    expect(normalizeTaskId("二-3")).toBe("2-3");
  });
});
