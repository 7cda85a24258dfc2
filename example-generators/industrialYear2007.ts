/**
 * The bundled sample for progress and ledger, built from the real figures of
 * the 2007 “工业项目年” implementation plan (吉政办明电〔2007〕23号):
 * 工业投资1700亿元、比上年增长40%以上; 工业大项目200个、当年计划投资284亿元; 技术创新项目500项、当年计划投资40亿元;
 * 节能降耗项目30项、当年计划投资20亿元; 特色产业园区50个、当年计划投资500亿元; 规模以上工业增加值增长15%;
 * 利润总额增长10%、力争突破200亿元; 完成工业总产值5500亿元; 全部工业总产值完成7000亿元; 月调度、季分析、及时通报;
 * 7月份对上半年情况进行小结. The departmental progress figures (1-10月) are invented for the demonstration,
 * in the shapes departments really send: title rows, merged headers, full-width digits, 万元 instead of 亿元.
 */

export const TASK_SHEET = "重点工作任务分解表";
export const ROSTER_SHEET = "部门名录";
export const AS_OF = "2007-10-31";

/** 序号, 类别 heading (section rows), 工作任务, 年度目标, 牵头单位, 配合单位, 完成时限, 分管领导 */
export interface SampleTaskRow {
  id: string;
  title: string;
  target: string;
  lead: string;
  supporting: string;
  deadline: string;
  leader: string;
}

export const SECTIONS: { heading: string; tasks: SampleTaskRow[] }[] = [
  {
    heading: "一、工业投资目标",
    tasks: [
      { id: "1", title: "全省努力完成工业投资", target: "完成工业投资1700亿元", lead: "省经委", supporting: "省发展改革委、省统计局", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "2", title: "工业投资比上年实际投资增长40%以上", target: "增长40%以上", lead: "省经委", supporting: "省统计局", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "3", title: "组织推动投资在亿元以上的工业大项目200个", target: "200个", lead: "省经委", supporting: "省发展改革委", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "4", title: "工业大项目计划总投资798亿元，当年计划投资", target: "当年计划投资284亿元", lead: "省发展改革委", supporting: "省经委、省国土资源厅", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "5", title: "组织推进技术创新项目500项，总投资100亿元，当年计划投资", target: "当年计划投资40亿元", lead: "省经委", supporting: "省科技厅", deadline: "2007年12月31日", leader: "李副省长" },
      { id: "6", title: "组织推广工业节能降耗项目30项，总投资27亿元，当年计划投资", target: "当年计划投资20亿元", lead: "省经委", supporting: "省发展改革委、省环保局", deadline: "2007年12月31日", leader: "李副省长" },
      { id: "7", title: "组织推动特色产业园区50个，总投资1600亿元，当年计划投资", target: "当年计划投资500亿元", lead: "省发展改革委", supporting: "省经委、各市（州）政府", deadline: "2007年12月31日", leader: "王副省长" },
    ],
  },
  {
    heading: "二、工业经济效益目标",
    tasks: [
      { id: "8", title: "全省规模以上工业增加值增长", target: "增长15%", lead: "省经委", supporting: "省统计局", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "9", title: "规模以上工业利润总额增长10%，力争突破200亿元", target: "利润总额增长10%", lead: "省经委", supporting: "省财政厅、省统计局", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "10", title: "完成规模以上工业总产值", target: "完成工业总产值5500亿元", lead: "省经委", supporting: "省统计局", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "11", title: "全部工业总产值完成", target: "全部工业总产值完成7000亿元", lead: "省统计局", supporting: "省经委", deadline: "2007年12月31日", leader: "王副省长" },
      { id: "12", title: "城镇登记失业率控制在4.5%以内", target: "控制在4.5%以内", lead: "省劳动保障厅", supporting: "省经委", deadline: "2007年12月31日", leader: "李副省长" },
    ],
  },
  {
    heading: "三、工作措施",
    tasks: [
      { id: "13", title: "建立协调会议制度，定期召开工业项目建设工作协调会议", target: "建立协调会议制度", lead: "省经委", supporting: "", deadline: "2007年3月31日", leader: "王副省长" },
      { id: "14", title: "制定宣传方案，对“工业项目年”进展情况和先进典型广泛宣传", target: "出台宣传方案", lead: "省经委", supporting: "省委宣传部", deadline: "2007年6月30日", leader: "王副省长" },
      { id: "15", title: "建立和完善工业招商引资项目库", target: "建成工业招商引资项目库", lead: "省商务厅", supporting: "省经委", deadline: "2007年12月31日", leader: "李副省长" },
      { id: "16", title: "领导小组7月份对全省上半年工业项目建设情况进行小结", target: "完成上半年小结", lead: "省经委", supporting: "", deadline: "2007年7月31日", leader: "王副省长" },
      { id: "17", title: "建立与国有商业银行的联系制度，定期发送项目名单", target: "建立银企联系制度", lead: "省金融办", supporting: "省经委", deadline: "2007年11月15日", leader: "李副省长" },
    ],
  },
];

/** The roster: canonical name as used in documents, and the short names clerks write. */
export const ROSTER: [string, string][] = [
  ["省经委", "省经济委员会、经委"],
  ["省发展改革委", "省发改委、省发展和改革委员会、发改委"],
  ["省统计局", "统计局"],
  ["省国土资源厅", "省国土厅"],
  ["省科技厅", "省科学技术厅"],
  ["省环保局", "省环境保护局"],
  ["省财政厅", "财政厅"],
  ["省劳动保障厅", "省劳动和社会保障厅"],
  ["省委宣传部", "宣传部"],
  ["省商务厅", "商务厅"],
  ["省金融办", "省政府金融办"],
  ["各市（州）政府", "各市州政府"],
];

export interface SampleProgressSheet {
  /** Sheet name in the sample workbook, or file name when `file` is set. */
  name: string;
  /** When set, the sheet is a separate file in examples/progress/ (a department sends its own workbook). */
  file?: string;
  title: string;
  header: string[];
  rows: (string | number)[][];
}

/** Progress for 1-10月 2007 as departments send it (figures invented for the demonstration). */
export const PROGRESS: SampleProgressSheet[] = [
  {
    name: "省经委进展",
    title: "省经委“工业项目年”重点工作进展情况（1-10月）",
    header: ["序号", "工作任务", "1-10月完成情况", "填报单位"],
    rows: [
      ["1", "全省努力完成工业投资", "1-10月全省完成工业投资1438.6亿元，完成年计划的84.6%", "省经委"],
      ["2", "工业投资比上年实际投资增长40%以上", "1-10月工业投资同比增长36.5%", "省经委"],
      ["3", "组织推动投资在亿元以上的工业大项目200个", "已开工建设亿元以上工业大项目168个", "省经委"],
      ["4", "工业大项目当年计划投资", "工业大项目完成投资238.0亿元", "省经委"],
      ["5", "技术创新项目", "技术创新项目完成投资28.2亿元", "省经委"],
      ["8", "规模以上工业增加值", "规模以上工业增加值同比增长15.8%", "省经委"],
      ["9", "规模以上工业利润总额", "实现利润总额186.3亿元，同比增长12.3%", "省经委"],
      ["10", "完成规模以上工业总产值", "完成规模以上工业总产值4390亿元", "省经委"],
      ["13", "建立协调会议制度", "已建立协调会议制度，召开协调会议3次", "省经委"],
      ["14", "制定宣传方案", "宣传方案正在制定，已征求有关部门意见", "省经委"],
      ["16", "上半年工业项目建设情况小结", "已于7月完成上半年小结并通报", "省经委"],
      ["", "全省工业用电量", "1-10月全省工业用电量同比增长8.1%", "省经委"],
    ],
  },
  {
    name: "省发展改革委",
    file: "省发展改革委-1至10月进展.xlsx",
    title: "省发展改革委重点工作推进情况表",
    header: ["编号", "任务名称", "进展情况", "完成值（万元）"],
    rows: [
      ["４", "工业大项目计划总投资798亿元，当年计划投资", "１－１０月工业大项目完成投资２４１．４亿元", "2414000"],
      ["７", "特色产业园区50个", "特色产业园区完成投资1,395,000万元，部分园区基础设施建设滞后", "1395000"],
    ],
  },
  {
    name: "省环保局",
    file: "省环保局进展.csv",
    title: "",
    header: ["序号", "工作任务", "截至10月末进展情况", "填报单位"],
    rows: [["6", "工业节能降耗项目", "节能降耗项目完成投资13.1亿元", "省环保局"]],
  },
  {
    name: "省商务厅等",
    title: "有关部门重点工作进展情况汇总（截至2007年10月31日）",
    header: ["序号", "工作任务", "进展情况", "填报单位"],
    rows: [
      ["15", "建立和完善工业招商引资项目库", "正在推进，已入库项目326个", "省商务厅"],
      ["12", "城镇登记失业率控制在4.5%以内", "城镇登记失业率为3.9%", "省劳动保障厅"],
      ["3", "亿元以上工业大项目", "亿元以上工业大项目开工170个", "省统计局"],
    ],
  },
];
