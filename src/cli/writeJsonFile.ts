import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Write a report as pretty-printed UTF-8 JSON, creating its folder.
 * @example await writeJsonFile("out/check.json", { tasks, problems });
 */
export async function writeJsonFile(path: string, report: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(report, null, 2) + "\n", "utf8");
}
