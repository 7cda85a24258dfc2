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
  --confirm-changed   已登记的报送内容变了时采用新数字（默认保留登记的数字） when a recorded report changed, use the new figures (default: keep the recorded ones)
  --lang en           英文信息 messages in English
  --help              显示本说明 show this help`,
  templates: `progress-ledger templates <任务表.xlsx> --as-of YYYY-MM-DD --out 文件夹 [选项]
  给每个牵头或配合单位写出本期进展填报表（只可填写填报列，每行带隐藏的对应键）。 One report template per department (only the cells to fill are open; a hidden key per row).
  --as-of 日期         本期截至日期 yyyy-mm-dd the period's as-of date
  --out 文件夹         写出填报表的文件夹 the folder to write the templates into
  --sheet 工作表       任务表所在的工作表 sheet holding the task table
  --force             覆盖文件夹中已有的同名填报表 replace templates of the same name in the folder
  --lang en           英文信息 messages in English
  --help              显示本说明 show this help`,
  notices: `progress-ledger notices <任务表.xlsx> --as-of YYYY-MM-DD --out 文件夹 [选项]
  按 build 的方式计算后，给有滞后、严重滞后或逾期任务的牵头单位写出督办单，并写出通报文稿和催报名单。 As build, then a 督办单 .docx per lead department with lagging tasks, the circular .docx and the 催报 list.
  --as-of 日期         截至日期 yyyy-mm-dd as-of date
  --progress 文件 ...  进展文件或文件夹，可给多个，可用通配符 progress files or folders, several allowed, wildcards expanded
  --out 文件夹         写出督办单和通报的文件夹 the folder to write the documents into
  --date 日期          发文日期（默认今天） issue date (default today)
  --statuses 滞后,逾期  哪些状态发督办单（默认用工作簿设置“督办状态”） which statuses get a notice (default: the workbook's 督办状态 setting)
  --due-soon          临期任务也发（蓝色督办单） add 临期 (blue notices)
  --feedback-days 10  反馈时限天数（默认用工作簿设置“反馈时限（天）”） days to answer (default: the workbook's setting)
  --issuer 督查室      发文单位 the issuing office
  --first-number N    起始编号（默认接着督办登记中的编号） first number (default: after those registered)
  --register-out 工作簿.xlsx  写出登记了这些督办单的工作簿副本（督办登记） a copy of the workbook with the notices in its 督办登记 sheet
  --settings 设置.json 覆盖工作簿中保存的设置 settings overriding those saved in the workbook
  --resolutions 对应.json  未对应进展行的处理 choices for unmatched rows
  --sheet 工作表       任务表所在的工作表 sheet holding the task table
  --confirm-changed   已登记的报送内容变了时采用新数字 when a recorded report changed, use the new figures
  --force             覆盖已存在的文件 replace existing files
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
