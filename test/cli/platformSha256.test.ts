import fc from "fast-check";
import { platformSha256 } from "../../src/cli/platformSha256";
import { sha256Hex } from "../../src/domain/records/sha256Hex";

describe("platformSha256", () => {
  it("gives the domain's digest for every text, lone surrogates and characters beyond the BMP included", () => {
    const piece = fc.constantFrom("省经委", "|", "1-10月全省完成工业投资1438.6亿元", "\t", "\n", "𠀀", "\ud800", "\udc00", "a", "", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(platformSha256(text)).toBe(sha256Hex(text));
      }),
      { numRuns: 1000 },
    );
    expect(platformSha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
