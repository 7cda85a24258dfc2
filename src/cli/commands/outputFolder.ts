import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CliIO } from "../cliIO";

/**
 * Split `--out FOLDER` off the arguments (the other options are those of `build`), or null after a message when it
 * is missing.
 * @example takeOutFolder(["任务表.xlsx", "--out", "填报表", "--as-of", "2007-10-31"], io) // { folder: "填报表", rest: ["任务表.xlsx", "--as-of", "2007-10-31"] }
 */
export function takeOutFolder(argv: readonly string[], io: CliIO, usage: string): { folder: string; rest: string[] } | null {
  const index = argv.indexOf("--out");
  const folder = index >= 0 ? argv[index + 1] : undefined;
  if (folder === undefined || folder.startsWith("--")) {
    io.err(io.lang === "en" ? "Missing --out FOLDER (where the files are written)." : "缺少 --out 文件夹（文件写在哪里）。");
    io.err(usage);
    return null;
  }
  return { folder, rest: [...argv.slice(0, index), ...argv.slice(index + 2)] };
}

/**
 * Write files into a folder (created when missing); an existing file is kept unless `force`. Returns the paths written.
 * @example await writeFilesInto("out/填报表", [{ name: "省经委-2007年1-10月进展填报表.xlsx", bytes }], { force: false, io })
 */
export async function writeFilesInto(folder: string, files: readonly { name: string; bytes: Uint8Array }[], options: { force: boolean; io: CliIO }): Promise<string[] | null> {
  const { io } = options;
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(folder, file.name);
    try {
      await writeFile(path, file.bytes, { flag: options.force ? "w" : "wx" });
      written.push(path);
    } catch (error) {
      const exists = (error as { code?: string }).code === "EEXIST";
      const reason = error instanceof Error ? error.message : String(error);
      io.err(exists ? (io.lang === "en" ? `"${path}" exists already; not overwritten (add --force to replace it).` : `“${path}”已存在，不会覆盖（加 --force 可覆盖）。`) : io.lang === "en" ? `Cannot write "${path}": ${reason}` : `无法写出“${path}”：${reason}`);
      return null;
    }
  }
  return written;
}
