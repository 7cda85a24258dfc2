import { matchUnit } from "../../../src/domain/units/matchUnit";

describe("matchUnit", () => {
  it("reads the longest unit at a position", () => {
    expect(matchUnit("50万人次以上", 2)).toMatchObject({ raw: "万人次", unit: "万人次", prefix: "万", end: 5 });
    expect(matchUnit("1.8个百分点", 3)).toMatchObject({ unit: "个百分点", end: 7 });
    expect(matchUnit("3个月", 1)).toMatchObject({ unit: "月" });
    expect(matchUnit("5千米", 1)).toMatchObject({ unit: "公里", prefix: "" });
  });

  it("gives null where no unit starts", () => {
    expect(matchUnit("万众创新", 0)).toBeNull();
    expect(matchUnit("8个", 0)).toBeNull();
  });
});
