import { isNoteText } from "../../../src/domain/table/isNoteText";
import { matchHeaderTerm } from "../../../src/domain/headers/matchHeaderTerm";
import { normalizeHeader } from "../../../src/domain/headers/normalizeHeader";
import { sectionHeading } from "../../../src/domain/table/sectionHeading";
import { TASK_VOCABULARY } from "../../../src/domain/table/taskVocabulary";

describe("sectionHeading", () => {
  it("reads the heading levels of 003", () => {
    expect(sectionHeading("二、主要目标和任务分工安排")).toEqual({ level: 1, numbered: true, text: "二、主要目标和任务分工安排" });
    expect(sectionHeading("（一）约束性指标。")).toEqual({ level: 2, numbered: true, text: "（一）约束性指标" });
    expect(sectionHeading("１.大力提高农业综合生产能力。")).toEqual({ level: 3, numbered: true, text: "1.大力提高农业综合生产能力" });
    // Line 420 of 003 lacks the dot.
    expect(sectionHeading("１加大经济合作力度。")).toEqual({ level: 3, numbered: true, text: "1.加大经济合作力度" });
  });

  it("joins a number written in the 序号 cell", () => {
    expect(sectionHeading("工业投资目标", "一")).toEqual({ level: 1, numbered: true, text: "一、工业投资目标" });
    expect(sectionHeading("约束性指标", "（一）")).toEqual({ level: 2, numbered: true, text: "（一）约束性指标" });
  });

  it("reads an unnumbered heading, and refuses a numbered task paragraph of several sentences", () => {
    expect(sectionHeading("工作措施")).toEqual({ level: 1, numbered: false, text: "工作措施" });
    expect(sectionHeading("1.实施旱田高效节水农业工程。推广大垄双行膜下滴灌技术，新增节水灌溉面积1000万亩。")).toBeNull();
  });
});

describe("header and note helpers", () => {
  it("normalises header text", () => {
    expect(normalizeHeader("牵头\n单位")).toBe("牵头单位");
    expect(normalizeHeader(" Lead Department：")).toBe("leaddepartment");
    expect(normalizeHeader("完成值(万元)")).toBe("完成值（万元）");
  });

  it("matches a header whole or by a name it contains, the longest name winning", () => {
    expect(matchHeaderTerm("牵头\n单位", TASK_VOCABULARY)).toEqual({ columns: ["lead"], score: 1004 });
    expect(matchHeaderTerm("牵头责任单位", TASK_VOCABULARY)?.columns).toEqual(["lead"]);
    expect(matchHeaderTerm("单位", TASK_VOCABULARY)?.columns).toEqual(["unit"]);
    expect(matchHeaderTerm("考核单位", TASK_VOCABULARY)).toBeNull();
    expect(matchHeaderTerm("2011年重点工作任务分解表（列第一位者为牵头部门，下同）", TASK_VOCABULARY)).toBeNull();
  });

  it("knows note rows", () => {
    expect(isNoteText("注：列第一位者为牵头部门，下同。")).toBe(true);
    expect(isNoteText("说明：1.本表由各牵头单位填报。")).toBe(true);
    expect(isNoteText("（一）约束性指标")).toBe(false);
    expect(isNoteText("注重发挥市场作用")).toBe(false);
  });
});
