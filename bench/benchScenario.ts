/*
 * The benchmark's input, in memory: a task table of `taskCount` tasks (title row, merged two-row header, section
 * rows, a 部门名录 sheet) and `fileCount` departmental progress sheets of `rowsPerFile` rows each, in the shapes
 * departments really send (title rows naming the department, different column orders and headers, full-width digits,
 * figures in 万元 instead of 亿元, their own row numbers instead of task numbers). Deterministic: the same arguments
 * give the same sheets. generateBenchFiles writes them as .xlsx files; the in-memory runs read them as grids.
 */
import type { CellValue, MergedRange, SheetGrid } from "../src/domain/grid";

export interface BenchWorkbook {
  /** File name, e.g. "任务分解表.xlsx" or "progress/01-省经委.xlsx". */
  file: string;
  sheets: SheetGrid[];
}

export interface BenchScenario {
  taskWorkbook: BenchWorkbook;
  progressWorkbooks: BenchWorkbook[];
  departments: string[];
}

const REGIONS = ["全省", "长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边州", "长白山管委会", "梅河口市"];
const ACTIONS = ["组织推动", "加快推进", "组织实施", "完成", "新建", "改造提升", "推广", "建成"];
const SUBJECTS = [
  "工业大项目", "技术创新项目", "节能降耗项目", "特色产业园区", "棚户区改造", "农村公路", "城市供热管网", "污水处理厂",
  "农田水利工程", "保障性住房", "中小学校舍", "乡镇卫生院", "旅游基础设施", "物流园区", "信息化示范工程", "林业生态工程",
];
const PHASES = ["一期", "二期", "续建", "新开工", "提标改造", "配套"];
/** 60 reporting departments as a province's documents name them. */
const DEPARTMENTS = [
  "省经委", "省发展改革委", "省统计局", "省国土资源厅", "省科技厅", "省环保局", "省财政厅", "省劳动保障厅", "省商务厅", "省金融办",
  "省交通运输厅", "省住房城乡建设厅", "省水利厅", "省农委", "省教育厅", "省卫生厅", "省旅游局", "省林业厅", "省工业和信息化厅", "省民政厅",
  "省公安厅", "省司法厅", "省文化厅", "省广电局", "省体育局", "省人口计生委", "省粮食局", "省畜牧局", "省能源局", "省物价局",
  "省审计厅", "省地税局", "省国资委", "省安全监管局", "省质监局", "省工商局", "省食品药品监管局", "省知识产权局", "省外办", "省侨办",
  "省人防办", "省地震局", "省气象局", "省通信管理局", "省电力公司", "省邮政管理局", "省中小企业局", "省信访局", "省法制办", "省编办",
  "长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "通化市政府", "白山市政府", "松原市政府", "白城市政府", "延边州政府", "长白山管委会",
];
const SECTION_NUMERALS = "一二三四五六七八九十";

/** A small deterministic generator (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9.\-%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** 一, 二 … 十, 十一 … 九十九, then the number itself: the section headings of a long table. */
function sectionNumeral(n: number): string {
  if (n <= 10) return SECTION_NUMERALS[n - 1];
  if (n < 100) return `${n >= 20 ? SECTION_NUMERALS[Math.floor(n / 10) - 1] : ""}十${n % 10 === 0 ? "" : SECTION_NUMERALS[(n % 10) - 1]}`;
  return String(n);
}

interface BenchTask {
  id: string;
  title: string;
  plan: number;
  lead: number;
  supporting: number[];
}

function merge(top: number, left: number, bottom: number, right: number): MergedRange {
  return { top, left, bottom, right };
}

/**
 * The benchmark's sheets for `taskCount` tasks and `fileCount` departments reporting `rowsPerFile` rows each.
 * @example benchScenario(500, 60, 10).progressWorkbooks.length // 60
 */
export function benchScenario(taskCount = 5000, fileCount = 60, rowsPerFile = 100): BenchScenario {
  const next = random(20071031);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const departments = DEPARTMENTS.slice(0, fileCount);
  const tasks: BenchTask[] = [];
  for (let i = 0; i < taskCount; i++) {
    const plan = Math.round(5 + next() * 995) / 10 + 1; // 1.5 … 101 亿元
    const title = `${pick(REGIONS)}${pick(ACTIONS)}${pick(SUBJECTS)}${pick(PHASES)}第${i + 1}批，当年计划投资`;
    const lead = i % fileCount;
    const supporting = [(lead + 1 + Math.floor(next() * (fileCount - 1))) % fileCount];
    tasks.push({ id: String(i + 1), title, plan: Number(plan.toFixed(1)), lead, supporting });
  }

  const taskRows: CellValue[][] = [
    ["2007年全省重点工作任务分解表", null, null, null, null, null],
    [],
    ["序号", "工作任务", "年度目标", "责任单位", null, "完成时限"],
    [null, null, null, "牵头单位", "配合单位", null],
  ];
  tasks.forEach((task, index) => {
    if (index % 500 === 0) taskRows.push([`${sectionNumeral(index / 500 + 1)}、第${index / 500 + 1}组重点工作`]);
    taskRows.push([task.id, task.title, `当年计划投资${task.plan}亿元`, departments[task.lead], task.supporting.map((d) => departments[d]).join("、"), "2007年12月31日"]);
  });
  const taskSheet: SheetGrid = {
    name: "重点工作任务分解表",
    rows: taskRows,
    merges: [merge(0, 0, 0, 5), merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(2, 5, 3, 5), merge(2, 3, 2, 4)],
  };
  const roster: SheetGrid = { name: "部门名录", rows: [["单位名称", "简称"], ...departments.map((name) => [name, ""])] };

  const progressWorkbooks: BenchWorkbook[] = [];
  for (let file = 0; file < fileCount; file++) {
    const department = departments[file];
    const own = tasks.filter((task) => task.lead === file);
    const helping = tasks.filter((task) => task.supporting.includes(file));
    const reported = [...own, ...helping].slice(0, rowsPerFile);
    while (reported.length < rowsPerFile) reported.push(tasks[Math.floor(next() * tasks.length)]);
    const layout = file % 4;
    const rows: CellValue[][] = [];
    const merges: MergedRange[] = [];
    if (layout !== 3) {
      rows.push([layout === 1 ? `${department}重点工作推进情况表` : `${department}重点工作进展情况表（1-10月）`, null, null, null, null], []);
      merges.push(merge(0, 0, 0, 4));
    }
    rows.push(
      layout === 0
        ? ["序号", "工作任务", "1-10月完成情况", "完成值", "填报单位"]
        : layout === 1
          ? ["编号", "任务名称", "进展情况", "完成值（万元）", "截至日期"]
          : layout === 2
            ? ["重点工作", "单位", "累计完成", "1—10月推进情况", "报送单位"]
            : ["任务编号", "目标任务", "截至10月末进展情况", "实际完成", "单位"],
    );
    reported.forEach((task, index) => {
      const share = 0.5 + next() * 0.6;
      const done = Number((task.plan * share).toFixed(1));
      const text = `1-10月完成投资${done}亿元，完成年计划的${((done / task.plan) * 100).toFixed(1)}%`;
      const shortTitle = task.title.replace(/，当年计划投资$/, "");
      if (layout === 0) rows.push([task.id, task.title, text, done, department]);
      else if (layout === 1) rows.push([toFullWidth(task.id), shortTitle, toFullWidth(text), Math.round(done * 10000), "2007年10月31日"]);
      else if (layout === 2) rows.push([index % 10 === 0 ? shortTitle.replace(/第(\d+)批/, "第$1批项目") : task.title, "亿元", done, text, department]);
      else rows.push([task.id, task.title, text, `${toFullWidth(String(Math.round(done * 10000)))}`, "万元"]);
    });
    const file_ = `progress/${String(file + 1).padStart(2, "0")}-${department}.xlsx`;
    progressWorkbooks.push({ file: file_, sheets: [{ name: layout === 3 ? "Sheet1" : `${department}进展`, rows, merges }] });
  }
  return { taskWorkbook: { file: "任务分解表.xlsx", sheets: [taskSheet, roster] }, progressWorkbooks, departments };
}
