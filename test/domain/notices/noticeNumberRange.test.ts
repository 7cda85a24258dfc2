import { noticeNumberRange } from "../../../src/domain/notices/noticeNumberRange";

describe("noticeNumberRange", () => {
  it("writes one year's consecutive numbers as a run", () => {
    expect(noticeNumberRange(["〔2007〕第1号", "〔2007〕第2号", "〔2007〕第3号"])).toBe("〔2007〕第1–3号");
    expect(noticeNumberRange(["〔2007〕第4号"])).toBe("〔2007〕第4号");
  });

  it("breaks runs with 、, sorts them, and keeps other years and other shapes", () => {
    expect(noticeNumberRange(["〔2007〕第4号", "〔2007〕第1号", "〔2007〕第3号"])).toBe("〔2007〕第1、3–4号");
    expect(noticeNumberRange(["〔2007〕第12号", "〔2008〕第1号", "督字5号"])).toBe("〔2007〕第12号、〔2008〕第1号、督字5号");
    expect(noticeNumberRange([])).toBe("");
  });
});
