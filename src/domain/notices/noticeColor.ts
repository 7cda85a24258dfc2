import type { TaskStatus } from "../evaluation";

/** The three-colour 督办单: red for 严重滞后 and 逾期, yellow for 滞后, blue for 临期. */
export interface NoticeColor {
  name: "红色" | "黄色" | "蓝色";
  color: string;
  rank: number;
}

/**
 * The colour a status is supervised in, null for a status that is not supervised by colour.
 * @example noticeColor("overdue")?.name // "红色"
 */
export function noticeColor(status: TaskStatus): NoticeColor | null {
  if (status === "lagging-badly" || status === "overdue") return { name: "红色", color: "#C00000", rank: 0 };
  if (status === "lagging") return { name: "黄色", color: "#B8860B", rank: 1 };
  if (status === "due-soon") return { name: "蓝色", color: "#1F4E9E", rank: 2 };
  return null;
}
