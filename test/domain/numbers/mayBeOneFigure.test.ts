import fc from "fast-check";
import { findNumbers } from "../../../src/domain/numbers/findNumbers";
import { mayBeOneFigure } from "../../../src/domain/numbers/mayBeOneFigure";

/** One figure and nothing else, as a value cell is read: one mention, white space around it at most. */
function isOneFigure(text: string): boolean {
  const mentions = findNumbers(text);
  if (mentions.length !== 1) return false;
  return (text.slice(0, mentions[0].start) + text.slice(mentions[0].end)).replace(/\s+/g, "") === "";
}

const spaces = fc.constantFrom("", "", " ", "\u3000", "\u00a0", "\u2009");
const number = fc.constantFrom("1", "12", "241.4", "２４１．４", "1,700", "1，700", "1 700", "1.4386E+11", "-3", "－3", "−3", "+5", "二", "三千五百", "两", "一点五", "八", "3");
const joiner = fc.constantFrom("", "", "-", "－", "−", "﹣", "~", "～", "—", "–", "至", "到");
const middle = fc.constantFrom("", "", "余", "多", "万", "亿", "千万", "成", "分之二", "分之", "个");
const unit = fc.constantFrom("", "元", "亿元", "万元", "万人", "人次", "个", "项", "公里", "千米", "平方米", "㎡", "方", "吨标准煤", "千瓦时", "%", "％", "﹪", "个百分点", "年", "个月", "月");
const before = fc.constantFrom("", "约", "近", "超过", "不低于", "将近", "逾", "过半", "半数", "一半");
const after = fc.constantFrom("", "以上", "以内", "左右", "上下", "之内");
/** Words around figures in progress texts, one of which may be put anywhere. */
const word = fc.constantFrom("", "", "完成", "投资", "第", "贫困人口", "同比增长", "计划", "的", "（", "）", "(", ")", "；", "。", "a", "x", "成立");

/** A figure as findNumbers may read it (a range, a share, an approximation …), maybe with a word of the sentence around it. */
const figureLike = fc
  .tuple(spaces, before, spaces, number, fc.tuple(joiner, number, spaces), middle, spaces, unit, spaces, after, spaces, word, fc.nat(12))
  .map(([s1, b, s2, n, [j, upper, s3], m, s4, u, s5, a, s6, w, at]) => {
    const pieces = [s1, b, s2, n, j === "" ? "" : `${j}${upper}${s3}`, m, s4, u, s5, a, s6];
    pieces.splice(at % (pieces.length + 1), 0, w);
    return pieces.join("");
  });

describe("mayBeOneFigure", () => {
  it("is true for every text findNumbers reads as one figure and nothing else", () => {
    fc.assert(
      fc.property(figureLike, (text) => {
        if (isOneFigure(text)) expect({ text, may: mayBeOneFigure(text) }).toEqual({ text, may: true });
      }),
      { numRuns: 20000 },
    );
  });

  it("is true for value cells as departments fill them", () => {
    for (const text of ["２４１．４亿元", "约241.4亿元", "1,700", "1，700亿元", "1.4386E+11", "52242", " 6453人 ", "三千五百万元", "8成", "50余万人次", "6%-6.5%", "12至15万人", "4.5%以内"]) {
      expect({ text, may: mayBeOneFigure(text), one: isOneFigure(text) }).toEqual({ text, may: true, one: true });
    }
  });

  it("is false for progress texts, which say more than a figure", () => {
    for (const text of ["1-10月完成投资126.6亿元，完成年计划的85.1%", "１－１０月完成投资２４１．４亿元", "正在施工中(93%)", "第3批", "已完成"]) {
      expect({ text, may: mayBeOneFigure(text), one: isOneFigure(text) }).toEqual({ text, may: false, one: false });
    }
  });
});
