/** The columns of a report template, in order; the last (核对键) is hidden and holds the keys. */
export const TEMPLATE_HEADERS = ["序号", "工作任务", "年度目标", "本单位职责", "进展情况", "完成值", "单位", "存在问题", "下步打算", "填报人", "联系电话", "核对键"] as const;

export type TemplateHeader = (typeof TEMPLATE_HEADERS)[number];

/** The columns a department fills (进展情况, 完成值, 存在问题, 下步打算, 填报人, 联系电话): 0-based, inclusive. */
export const INPUT_COLUMNS = { first: 4, last: 10 } as const;
/** 0-based columns of the template. */
export const TEMPLATE_COLUMN = { id: 0, title: 1, target: 2, role: 3, text: 4, value: 5, unit: 6, issues: 7, plans: 8, reporter: 9, phone: 10, key: 11 } as const;
