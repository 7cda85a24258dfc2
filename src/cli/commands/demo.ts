import { join } from "node:path";
import { mkdir, rm } from "node:fs/promises";
import type { CliIO } from "../cliIO";
import { packageRoot } from "../packageRoot";
import { runCheck } from "./check";
import { runImportText } from "./importText";
import { runBuild } from "./build";

/**
 * `progress-ledger demo`: the whole job on the bundled samples, results under out/:
 * 1. check the task table built from the real 2011 division document (examples/分工方案2011.xlsx);
 * 2. import the division document's text itself into a task table (out/导入任务表2011.xlsx);
 * 3. take the 2007 “工业项目年” plan with departmental progress sheets to ratios, statuses, the ledger and the summary.
 * Exit 0 when every step could run (the problems it lists are the samples' real ones), 2 when a step could not.
 * @example await runDemo([], processIO())
 */
export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const root = packageRoot();
  const sample = (name: string) => join(root, "examples", name);
  const out = join(argv[0] ?? join(root, "out"));
  await mkdir(out, { recursive: true });
  const lang = io.lang === "en" ? ["--lang", "en"] : [];
  const steps: { title: string; run: () => Promise<number> }[] = [
    {
      title: "1. 检查分工方案（examples/分工方案2011.xlsx，据吉林省“十二五”规划纲要分工安排）",
      run: async () => {
        // The demo's own results of an earlier run are replaced; an existing --json is otherwise refused.
        await rm(join(out, "check-2011.json"), { force: true });
        return runCheck([sample("分工方案2011.xlsx"), "--json", join(out, "check-2011.json"), ...lang], io);
      },
    },
    {
      title: "2. 从文本导入分工方案（examples/分工方案2011.txt）",
      run: async () => {
        await rm(join(out, "导入任务表2011.xlsx"), { force: true });
        await rm(join(out, "import-2011.json"), { force: true });
        return runImportText([sample("分工方案2011.txt"), "--out", join(out, "导入任务表2011.xlsx"), "--json", join(out, "import-2011.json"), ...lang], io);
      },
    },
    {
      title: "3. 导入进展、计算完成率、生成台账和通报汇总（examples/工业项目年2007.xlsx + examples/progress/，截至2007-10-31）",
      run: async () => {
        await rm(join(out, "台账-2007-10.xlsx"), { force: true });
        await rm(join(out, "build-2007-10.json"), { force: true });
        return runBuild(
          [sample("工业项目年2007.xlsx"), "--progress", join(root, "examples", "progress"), "--as-of", "2007-10-31", "--json", join(out, "build-2007-10.json"), "--out", join(out, "台账-2007-10.xlsx"), ...lang],
          io,
        );
      },
    },
  ];
  let worst = 0;
  for (const step of steps) {
    io.out("");
    io.out(`== ${step.title}`);
    const code = await step.run();
    io.out(`-- 退出码 exit ${code}${code === 1 ? "（发现错误，属示例中的真实问题）" : ""}`);
    if (code === 2) worst = 2;
  }
  io.out("");
  io.out(`结果文件在 ${out}/ (result files)`);
  return worst;
}
