import { readHeading } from "../import/readHeading";
import { toHalfWidth } from "../text/toHalfWidth";

/** A section heading of a task table: its level (1 for 一、 and unnumbered headings, 2 （一）, 3 1., 4 （1）, 5 ①) and text. */
export interface SectionHeading {
  level: number;
  /** Whether it has a heading number (一、 / （一） / 1. …); an unnumbered heading is recognised by its place only. */
  numbered: boolean;
  /** As a category: numbering normalised (1. for １/1、), no white space, no closing 。. */
  text: string;
}

/**
 * Read a heading cell (or the number and text of a heading split over the 序号 and task cells).
 * Null when the text is a numbered task rather than a heading: a heading is one sentence.
 * @example sectionHeading("（一）约束性指标。") // { level: 2, numbered: true, text: "（一）约束性指标" }
 * @example sectionHeading("工业投资目标", "一") // { level: 1, numbered: true, text: "一、工业投资目标" }
 * @example sectionHeading("重点项目建设") // { level: 1, numbered: false, text: "重点项目建设" }
 */
export function sectionHeading(text: string, number = ""): SectionHeading | null {
  const written = toHalfWidth(number).replace(/\s+/g, "");
  let joined = toHalfWidth(text).trim();
  if (written !== "") {
    if (/^[一二三四五六七八九十百]+$/.test(written)) joined = `${written}、${joined}`;
    else if (/^[0-9]{1,2}$/.test(written)) joined = `${written}.${joined}`;
    else joined = written + joined;
  }
  const heading = readHeading(joined);
  if (heading !== null) return heading.rest === "" ? { level: heading.level, numbered: true, text: heading.text } : null;
  const plain = joined.replace(/\s+/g, "").replace(/[。．.；;：:，,]+$/, "");
  if (plain === "" || /[。；;]/.test(plain)) return null;
  return { level: 1, numbered: false, text: plain };
}
