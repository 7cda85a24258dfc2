/** What each command does and every option it takes, in Chinese then English (progress-ledger <command> --help). */
const HELP: Readonly<Record<string, string>> = {
  check: `progress-ledger check <任务表.xlsx|.csv|.txt> [选项]
  读取任务表，列出每个问题及其单元格。 Read the task table and list every problem with its cell.
  --sheet 工作表      任务表所在的工作表（默认自动识别） sheet holding the task table (found automatically by default)
  --json 报告.json    写出 JSON 报告；“-”写到标准输出（其余文字改到标准错误） write the JSON report; "-" = standard output (other text then goes to standard error)
  --force             覆盖已存在的 --json 文件（输入文件从不覆盖） replace an existing --json file (inputs are never replaced)
  --lang en           英文信息 messages in English
  --help              显示本说明 show this help`,
  build: `progress-ledger build <任务表.xlsx> --as-of YYYY-MM-DD [选项]
  导入进展、计算完成率和状态、生成台账和通报汇总。 Read progress, compute ratios and statuses, write the ledger and summary.
  --as-of 日期         截至日期 yyyy-mm-dd（1900–2100 年） as-of date yyyy-mm-dd (years 1900–2100)
  --progress 文件 ...  进展文件或文件夹，可给多个，可用通配符（*.xlsx） progress files or folders, several allowed, wildcards (*.xlsx) expanded
  --out 结果.xlsx      写出加入台账和汇总的工作簿副本（从不改动原文件） write a copy with the ledger and summary (the input is never changed)
  --json 报告.json     写出 JSON 报告；“-”写到标准输出 write the JSON report; "-" = standard output
  --force             覆盖已存在的 --out / --json 文件及台账中手工改动的单元格 replace existing --out / --json files and hand-edited ledger cells
  --settings 设置.json 覆盖工作簿中保存的设置 settings overriding those saved in the workbook
  --resolutions 对应.json  未对应进展行的处理 {"文件|工作表|单元格": "任务序号" 或 null} choices for unmatched rows
  --sheet 工作表       任务表所在的工作表 sheet holding the task table
  --lang en           英文信息 messages in English
  --help              显示本说明 show this help`,
  "import-text": `progress-ledger import-text <分工方案.txt|.docx> --out 任务表.xlsx [选项]
  把分工方案文本转为任务表。 Turn a division document into a task table.
  --out 任务表.xlsx    要写出的工作簿 the workbook to write
  --json 报告.json     写出 JSON 报告；“-”写到标准输出 write the JSON report; "-" = standard output
  --sheet 工作表       工作表名称（默认“任务分解表”） sheet name (default 任务分解表)
  --level 省|市|县|区  按哪一级读取责任单位 the level whose units are read
  --unmarked first-listed|joint  未标牵头的几个单位：列第一位者牵头，或共同负责 an unmarked list of units: the first leads, or all share
  --force             覆盖已存在的 --out / --json 文件（输入文件从不覆盖） replace existing --out / --json files (inputs are never replaced)
  --lang en           英文信息 messages in English
  --help              显示本说明 show this help`,
  demo: `progress-ledger demo [结果文件夹]
  在自带示例上运行全部步骤，结果写入 out/（或给出的文件夹）。 Run every step on the bundled samples; results go to out/ (or the folder given).
  --lang en           英文信息 messages in English
  --help              显示本说明 show this help`,
};

/**
 * The help of one command (every option it takes), or null for an unknown command.
 * @example commandHelp("build")?.includes("--progress") // true
 */
export function commandHelp(command: string): string | null {
  return Object.hasOwn(HELP, command) ? HELP[command] : null;
}
