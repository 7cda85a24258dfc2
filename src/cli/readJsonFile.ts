import { readFile } from "node:fs/promises";
import type { CliIO } from "./cliIO";

/**
 * A JSON file's content (a leading BOM ignored), or undefined after a message in the clerk's language when it
 * cannot be read or parsed.
 * @example const settings = await readJsonFile("设置.json", io); if (settings === undefined) return 2;
 */
export async function readJsonFile(path: string, io: CliIO): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, "utf8")).replace(/^\ufeff/, "")) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(io.lang === "en" ? `Cannot read the JSON file "${path}": ${reason}` : `无法读取 JSON 文件“${path}”：${reason}`);
    return undefined;
  }
}
