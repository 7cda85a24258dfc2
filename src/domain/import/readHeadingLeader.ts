/** 王纲市长主抓 / 张三副区长牵头 / 李四常务副县长分管 … after the heading number. */
const HEADING_LEADER =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百0-9]+[）)]|[0-9]{1,3}[.、．])?\s*([\u4e00-\u9fff]{2,3}?)(?:常务)?副?(?:省长|市长|区长|县长|州长|旗长|书记|主任|秘书长)(?:主抓|分管|牵头|负责|联系|领衔|挂帅)/;

/**
 * The leader a section heading names for the tasks under it (湖州 2020: “一、王纲市长主抓重点工作” → 王纲), or null.
 * The tasks under such a heading take the leader as inferred when they name none of their own.
 * @example readHeadingLeader("一、王纲市长主抓重点工作") // "王纲"
 * @example readHeadingLeader("一、经济社会发展的主要预期目标") // null
 */
export function readHeadingLeader(heading: string): string | null {
  return HEADING_LEADER.exec(heading.replace(/\s+/g, ""))?.[1] ?? null;
}
