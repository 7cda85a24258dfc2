import { editDistance } from "../../../src/domain/departments/editDistance";
import { isOneEditApart } from "../../../src/domain/departments/isOneEditApart";

describe("isOneEditApart", () => {
  it.each([
    ["省发展改委", "省发展改革委", true],
    ["省发展改革委", "省发展改委", true],
    ["省林业厅", "省环保厅", false],
    ["省财政厅", "省财政局", true],
    ["省财政厅", "省财政厅", false],
    ["", "厅", true],
    ["省经委", "省经委员会", false],
  ])("%s / %s → %s", (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
    expect(isOneEditApart(a, b)).toBe(editDistance(a, b) === 1);
  });

  it("answers for two names of 50,000 characters", () => {
    const long = "省".repeat(50_000);
    expect(isOneEditApart(long, `${long}厅`)).toBe(true);
    expect(isOneEditApart(long, `厅${long}委`)).toBe(false);
  });
});
