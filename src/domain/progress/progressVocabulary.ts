import type { HeaderTerm, HeaderVocabulary } from "../headers/findHeaderRow";
import type { ProgressColumn } from "./progressRow";

/**
 * The logical columns of a progress sheet, and the task-table columns departments copy into it (年度目标,
 * 完成时限, 备注): recognising those keeps 计划完成值 from being read as the reported value.
 */
export type ProgressSheetColumn = ProgressColumn | "target" | "deadline" | "remark";

const terms = (columns: readonly ProgressSheetColumn[], names: string[], whole = false): HeaderTerm<ProgressSheetColumn>[] =>
  names.map((name) => ({ name, columns, whole }));

/**
 * The headers of departmental progress sheets (进展情况表) as departments write them. A header containing a
 * term matches it (1-10月完成情况 → 完成情况, 完成值（万元） → 完成值, 完成投资额 of a key-project table → 完成投资); the
 * longest term wins. “单位” alone is the unit
 * column (a 单位 column holding department names is told apart by its cells in readProgressSheet).
 * A progress sheet has a task column (序号 or title) and a progress column (text or value).
 * @example findHeaderRow(grid, PROGRESS_VOCABULARY)?.columns // { id: 0, title: 1, text: 2, department: 3 }
 */
export const PROGRESS_VOCABULARY: HeaderVocabulary<ProgressSheetColumn> = {
  terms: [
    ...terms(["id"], ["序号", "编号", "任务编号", "任务序号", "项目编号", "指标编号"]),
    ...terms(["id"], ["序", "No", "No.", "#", "ID"], true),
    ...terms(
      ["title"],
      ["工作任务", "任务名称", "重点工作", "重点任务", "主要任务", "任务内容", "工作内容", "具体任务", "工作事项", "重点工作任务", "项目名称", "指标名称", "Task", "Task name"],
    ),
    ...terms(["title"], ["任务", "事项", "内容", "工作", "指标", "项目"], true),
    ...terms(["title", "target"], ["目标任务"]),
    ...terms(["target"], ["年度目标", "全年目标", "全年目标任务", "年度目标任务", "目标值", "计划值", "年度计划", "计划完成", "计划目标", "Target"]),
    ...terms(["target"], ["目标", "计划"], true),
    ...terms(
      ["text"],
      [
        "完成情况", "进展情况", "推进情况", "进度情况", "落实情况", "执行情况", "工作进展", "工作进度", "进展", "累计完成情况",
        "实际完成情况", "完成进度", "Progress",
      ],
    ),
    ...terms(["text"], ["进度"], true),
    ...terms(
      ["value"],
      ["完成值", "累计完成", "实际完成", "完成数", "完成额", "完成量", "实际值", "累计值", "完成数值", "完成投资", "完成投资额", "Actual", "Value"],
    ),
    ...terms(["ratio"], ["完成率", "任务完成率", "投资完成率", "完成比例", "完成百分比", "占年计划比例", "占年任务之比", "占年度计划"]),
    ...terms(["unit"], ["计量单位"]),
    ...terms(["unit"], ["单位", "Unit"], true),
    ...terms(
      ["department"],
      ["填报单位", "报送单位", "责任单位", "牵头单位", "填报部门", "报送部门", "责任部门", "牵头部门", "承办单位", "主办单位", "Department", "Reporting department"],
    ),
    ...terms(["department"], ["部门"], true),
    ...terms(["asOf"], ["截至日期", "截止日期", "截止时间", "截至时间", "数据截至", "统计截至", "统计截止", "As of"]),
    ...terms(["deadline"], ["完成时限", "完成时间", "时限", "完成期限", "时间节点", "Deadline"]),
    ...terms(["remark"], ["备注", "说明", "存在问题", "下步打算", "Remarks", "Notes"]),
  ],
  required: [["id", "title"], ["text", "value"]],
};
