import { noticeStatusesFromText } from "../../../src/domain/settings/noticeStatusesFromText";
import { noticeStatusesText } from "../../../src/domain/settings/noticeStatusesText";

describe("the 督办状态 setting", () => {
  it("reads the statuses as a clerk lists them, in the three-colour order, 临期 (blue) included when named", () => {
    expect(noticeStatusesFromText("滞后、严重滞后、逾期")).toEqual(["lagging", "lagging-badly", "overdue"]);
    expect(noticeStatusesFromText("逾期，临期 严重滞后")).toEqual(["lagging-badly", "overdue", "due-soon"]);
    expect(noticeStatusesFromText("lagging,overdue")).toEqual(["lagging", "overdue"]);
  });

  it("refuses a word that is no status, and an empty list", () => {
    expect(noticeStatusesFromText("滞后、落后")).toBeNull();
    expect(noticeStatusesFromText(" 、 ")).toBeNull();
  });

  it("writes them back as the 设置 sheet shows them", () => {
    expect(noticeStatusesText(["lagging", "lagging-badly", "overdue", "due-soon"])).toBe("滞后、严重滞后、逾期、临期");
    expect(noticeStatusesFromText(noticeStatusesText(["overdue", "due-soon"]))).toEqual(["overdue", "due-soon"]);
  });
});
