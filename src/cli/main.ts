import type { CliIO } from "./cliIO";
import { processIO } from "./cliIO";
import { runCheck } from "./commands/check";
import { runDemo } from "./commands/demo";
import { runImportText } from "./commands/importText";
import { runBuild } from "./commands/build";
import { commandHelp } from "./commandHelp";
import { guardProcessStreams } from "./guardProcessStreams";
import { programVersion } from "./programVersion";
import { reportUnexpectedError } from "./reportUnexpectedError";
import { formatProblemLine } from "./formatProblemLine";
import { PortRefusal } from "../workbook/portRefusal";

const USAGE = `督查台账 progress-ledger — 用法 / usage:
  progress-ledger check <任务表.xlsx|.csv> [--sheet 工作表] [--json 报告.json] [--lang en]
  progress-ledger build <任务表.xlsx> [--progress 文件或文件夹 ...] --as-of YYYY-MM-DD [--json 报告.json] [--out 结果.xlsx] [--force]
  progress-ledger import-text <分工方案.txt|.docx> --out 任务表.xlsx [--json 报告.json] [--force]
  progress-ledger demo            在自带示例工作簿上运行全部步骤，结果写入 out/
  progress-ledger <命令> --help    该命令的全部选项 every option of a command
  progress-ledger --version       版本 version
退出码 / exit status: 0 无错误 no errors · 1 有错误 errors found · 2 文件无法使用 file unusable`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: runCheck,
  build: runBuild,
  "import-text": runImportText,
  demo: runDemo,
};

/**
 * Run the command line and return the exit status.
 * @example await main(["check", "examples/分工方案.xlsx"]) // 1 when errors were found
 */
export async function main(argv: string[], io?: CliIO): Promise<number> {
  const lang = argv.includes("--lang") && argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "zh";
  if (io === undefined) guardProcessStreams(argv);
  const channel = io ?? processIO(lang);
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    channel.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v" || command === "version") {
    channel.out(`progress-ledger ${programVersion()}`);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run && (rest.includes("--help") || rest.includes("-h"))) {
    channel.out(commandHelp(command) ?? USAGE);
    return 0;
  }
  if (!run) {
    channel.err(`未知命令“${command}” (unknown command)。\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, channel);
  } catch (error) {
    if (error instanceof PortRefusal) {
      channel.err(formatProblemLine(error.problem, channel.lang));
      return 2;
    }
    channel.err(reportUnexpectedError(error, argv));
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
