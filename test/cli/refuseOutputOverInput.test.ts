import { link, mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { listProgressFiles } from "../../src/cli/listProgressFiles";
import { refuseOutputOverInput } from "../../src/cli/refuseOutputOverInput";
import { spreadProgressArgs } from "../../src/cli/spreadProgressArgs";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

describe("refuseOutputOverInput", () => {
  let folder: string;
  let input: string;

  beforeAll(async () => {
    folder = temporaryFolder("refuse-");
    input = join(folder, "任务.xlsx");
    await writeFile(input, "工作簿");
    await symlink(input, join(folder, "链接.xlsx"));
    await link(input, join(folder, "硬链接.xlsx"));
    await mkdir(join(folder, "进展"));
    await writeFile(join(folder, "进展", "环保.csv"), "序号");
  });

  it.each([
    ["the input itself", "任务.xlsx"],
    ["a symbolic link to it", "链接.xlsx"],
    ["a hard link to it", "硬链接.xlsx"],
    ["the same path written another way", "进展/../任务.xlsx"],
  ])("refuses %s, with --force too", async (_what, name) => {
    const refused = await refuseOutputOverInput([{ option: "--out", path: join(folder, name) }], [input], { force: true });
    expect(refused?.zh).toMatch(/输入文件.*加 --force 也不行/);
  });

  it("refuses a file inside a progress folder", async () => {
    expect(await refuseOutputOverInput([{ option: "--json", path: join(folder, "进展", "环保.csv") }], [input, join(folder, "进展")], { force: true })).not.toBeNull();
  });

  it("refuses an existing --json without --force, and lets standard output and new files through", async () => {
    expect((await refuseOutputOverInput([{ option: "--json", path: join(folder, "链接.xlsx") }], [], { force: false }))?.zh).toMatch(/已存在.*--force/);
    expect(await refuseOutputOverInput([{ option: "--json", path: "-" }, { option: "--out", path: join(folder, "新.xlsx") }], [input], { force: false })).toBeNull();
  });
});

describe("spreadProgressArgs", () => {
  it("gives every word after --progress its own --progress", () => {
    expect(spreadProgressArgs(["任务.xlsx", "--progress", "a.xlsx", "b.csv", "进展/", "--as-of", "2007-10-31"])).toEqual([
      "任务.xlsx", "--progress", "a.xlsx", "--progress", "b.csv", "--progress", "进展/", "--as-of", "2007-10-31",
    ]);
  });
});

describe("listProgressFiles", () => {
  it("expands wildcards, lists folders without lock files, and says what it skipped", async () => {
    const folder = temporaryFolder("progress-");
    const task = join(folder, "任务.xlsx");
    await writeFile(task, "x");
    await mkdir(join(folder, "进展", "十月"), { recursive: true });
    for (const name of ["省经委.xlsx", "省统计局.csv", "~$省经委.xlsx", "说明.txt"]) await writeFile(join(folder, "进展", name), "x");
    const listed = await listProgressFiles([join(folder, "进展"), join(folder, "进展", "省*.csv"), task, join(folder, "无.csv")], task);
    expect(listed.files).toEqual([join(folder, "进展", "省经委.xlsx"), join(folder, "进展", "省统计局.csv")]);
    expect(listed.problems.map((problem) => problem.code).sort()).toEqual(["progress-is-task-table", "progress-listed-twice", "progress-subfolder-skipped"]);
    expect(listed.missing).toEqual([join(folder, "无.csv")]);
  });
});
