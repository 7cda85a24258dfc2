import fc from "fast-check";
import { createIdIndex } from "../../../src/domain/text/createIdIndex";

describe("createIdIndex", () => {
  it("keeps each id's place, plain numbers and other ids alike, ids as written", () => {
    const index = createIdIndex();
    index.set("3", 7);
    index.set("03", 8);
    index.set("3-2", 9);
    index.set("一", 10);
    index.set("0", 11);
    index.set("1048577", 12);
    index.set("100000", 13);
    expect(["3", "03", "3-2", "一", "0", "1048577", "100000", "4", "", "99999999", "-3", "３"].map((id) => index.get(id))).toEqual([7, 8, 9, 10, 11, 12, 13, undefined, undefined, undefined, undefined, undefined]);
    index.set("3", 1);
    expect(index.get("3")).toBe(1);
    expect(index.get("03")).toBe(8);
  });

  it("answers as a Map would, whatever ids and in whatever order", () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }).map(String), fc.stringMatching(/^[0-9一二-]{0,4}$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.nat(1000)), { maxLength: 60 }), fc.array(id, { maxLength: 20 }), (writes, reads) => {
        const index = createIdIndex();
        const reference = new Map<string, number>();
        for (const [key, place] of writes) {
          index.set(key, place);
          reference.set(key, place);
        }
        for (const key of [...reads, ...writes.map(([key]) => key)]) expect(index.get(key)).toBe(reference.get(key));
      }),
      { numRuns: 2000 },
    );
  });
});
