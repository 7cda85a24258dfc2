import { isSupportedAsOf } from "../../../src/domain/ledger/isSupportedAsOf";

describe("isSupportedAsOf", () => {
  it.each([
    ["2007-10-31", true],
    ["1900-01-31", true],
    ["2100-12-31", true],
    ["0000-10-31", false],
    ["1899-12-31", false],
    ["2101-01-31", false],
    ["2007-02-30", false],
    ["2007-10-31T00:00", false],
  ])("%s → %s", (asOf, expected) => {
    expect(isSupportedAsOf(asOf)).toBe(expected);
  });
});
