import type { TaskColumn } from "../task";
import type { HeaderTerm, HeaderVocabulary } from "../headers/findHeaderRow";

const terms = (columns: readonly TaskColumn[], names: string[], whole = false): HeaderTerm<TaskColumn>[] =>
  names.map((name) => ({ name, columns, whole }));

/**
 * The headers of task tables (分工方案 / 任务分解表 / 台账), Chinese and English, as offices write them.
 * “单位” alone is the unit column (计量单位); 责任单位 / 牵头单位 / 配合单位 are longer names and win.
 * “目标任务” is the task column unless another column is (then it is the target).
 * A task table has a task column and a lead or responsibility column.
 * @example findHeaderRow(grid, TASK_VOCABULARY)?.columns // { id: 0, title: 1, lead: 2, supporting: 3, deadline: 4 }
 */
export const TASK_VOCABULARY: HeaderVocabulary<TaskColumn> = {
  terms: [
    ...terms(["id"], ["序号", "编号", "任务编号", "项目编号", "任务序号"]),
    ...terms(["id"], ["序", "No", "No.", "Nr.", "#", "ID", "S/N", "Item No."], true),
    ...terms(["category"], ["类别", "分类", "工作类别", "任务类别", "Category", "Section"]),
    ...terms(
      ["title"],
      ["工作任务", "任务名称", "主要任务", "重点工作", "重点任务", "任务内容", "工作内容", "具体任务", "工作事项", "重点工作任务", "项目名称", "Task", "Tasks", "Task name", "Work item"],
    ),
    ...terms(["title"], ["任务", "事项", "内容", "工作"], true),
    ...terms(["title", "target"], ["目标任务"]),
    ...terms(
      ["target"],
      ["年度目标", "目标值", "全年目标任务", "全年目标", "年度目标任务", "年度任务目标", "年度计划", "计划目标", "工作目标", "预期目标", "指标值", "目标要求", "Target", "Annual target", "Goal"],
    ),
    ...terms(["target"], ["目标", "指标", "计划"], true),
    ...terms(["unit"], ["计量单位", "单位（计量）"]),
    ...terms(["unit"], ["单位", "Unit", "Units"], true),
    ...terms(
      ["lead"],
      ["牵头单位", "牵头部门", "牵头责任单位", "牵头责任部门", "主办单位", "主责单位", "Lead", "Lead department", "Lead unit", "Leading department"],
    ),
    ...terms(["lead"], ["牵头"], true),
    ...terms(
      ["supporting"],
      ["配合单位", "配合部门", "协办单位", "协办部门", "参与单位", "参与部门", "协同单位", "协同部门", "协作单位", "Supporting", "Supporting departments", "Supporting units", "Co-organizers"],
    ),
    ...terms(["supporting"], ["配合", "协办"], true),
    ...terms(
      ["responsible"],
      ["责任单位", "责任部门", "责任主体与协同单位", "责任主体", "承办单位", "负责单位", "责任处室", "Responsible", "Responsible department", "Responsible departments", "Responsibility", "Departments"],
    ),
    ...terms(
      ["deadline"],
      ["完成时限", "完成时间", "时限", "完成期限", "时间节点", "时限要求", "时间要求", "截止时间", "截止日期", "办结时限", "Deadline", "Due", "Due date", "Time limit"],
    ),
    ...terms(["leader"], ["分管领导", "责任领导", "牵头领导", "联系领导", "包保领导", "分管负责人", "Leader", "Responsible leader", "Leader in charge"]),
    ...terms(["remark"], ["备注", "说明", "Remarks", "Remark", "Notes", "Note", "Comments"]),
  ],
  required: [["title"], ["lead", "responsible"]],
};
