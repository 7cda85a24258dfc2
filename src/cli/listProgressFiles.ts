import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Problem } from "../domain/problem";
import { fileIdentity } from "./fileIdentity";

/** File names in the order a Chinese clerk's file manager lists them (one collator for every comparison). */
const byName = new Intl.Collator("zh-CN").compare;

const PROGRESS_FILE = /\.(xlsx|csv)$/i;
const WILDCARD = /[*?]/;

/** The progress files to read, what was left out and why, and the paths that name nothing. */
export interface ProgressFileList {
  files: string[];
  problems: Problem[];
  missing: string[];
}

/**
 * The files behind the --progress arguments: a file is itself; a folder gives its .xlsx/.csv files sorted by
 * name (Office lock files ~$… and hidden files left out) and says which subfolders it did not read; a name with
 * * or ? is expanded here (the Windows command prompt does not). The task table's own workbook (its sheets are
 * read already) and a file named twice are read once, and this is said. Paths that match nothing are `missing`.
 * @example await listProgressFiles(["进展/", "省统计局*.csv"], "任务表.xlsx")
 * // { files: ["进展/省发展改革委.xlsx", "省统计局进展.csv"], problems: [], missing: [] }
 */
export async function listProgressFiles(paths: readonly string[], taskWorkbook: string): Promise<ProgressFileList> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const missing: string[] = [];
  // Each file's identity (device and inode) is read once; a file is the task workbook or an earlier one when the identities are equal.
  const taskIdentity = await fileIdentity(taskWorkbook);
  const seen = new Map<string, string>();
  const add = (file: string, identity: string | null): void => {
    if (identity !== null && identity === taskIdentity) {
      problems.push(note("progress-is-task-table", file, `--progress 给出的“${file}”就是任务表所在的工作簿，其中的进展表已经读取，不再重复读取。`, `--progress "${file}" is the task table's own workbook; its progress sheets are read already and are not read twice.`));
      return;
    }
    const earlier = identity !== null ? seen.get(identity) : undefined;
    if (earlier !== undefined) {
      problems.push(note("progress-listed-twice", file, `进展文件“${file}”被给出了两次（与“${earlier}”是同一个文件），只读取一次。`, `The progress file "${file}" was given twice (it is "${earlier}"); it is read once.`));
      return;
    }
    if (identity !== null) seen.set(identity, file);
    files.push(file);
  };
  for (const path of paths) {
    const expanded = WILDCARD.test(basename(path)) ? await expandWildcard(path) : [path];
    if (expanded.length === 0) {
      missing.push(path);
      continue;
    }
    for (const entry of expanded) {
      const info = await stat(entry).catch(() => null);
      if (info === null) missing.push(entry);
      else if (!info.isDirectory()) add(entry, await fileIdentity(entry));
      else {
        const listed = await listFolder(entry);
        if (listed.subfolders.length > 0) problems.push(subfolders(entry, listed.subfolders));
        const identities = await Promise.all(listed.files.map(fileIdentity));
        listed.files.forEach((file, index) => add(file, identities[index]));
      }
    }
  }
  return { files, problems, missing };
}

async function expandWildcard(path: string): Promise<string[]> {
  const folder = dirname(path);
  const pattern = new RegExp(`^${basename(path).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((name) => pattern.test(name) && !name.startsWith("~$"))
    .sort(byName)
    .map((name) => join(folder, name));
}

async function listFolder(folder: string): Promise<{ files: string[]; subfolders: string[] }> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  const subfolders: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith("~$") || entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory() === true);
    if (isFolder) subfolders.push(entry.name);
    else if (PROGRESS_FILE.test(entry.name)) files.push(path);
  }
  return { files: files.sort(byName), subfolders: subfolders.sort(byName) };
}

function subfolders(folder: string, names: string[]): Problem {
  const shown = names.slice(0, 5).join("、") + (names.length > 5 ? `等${names.length}个` : "");
  return note(
    "progress-subfolder-skipped",
    folder,
    `文件夹“${folder}”中的子文件夹（${shown}）没有读取：只读取该文件夹本身中的 .xlsx/.csv 文件。如需读取，请把子文件夹也用 --progress 给出。`,
    `Subfolders of "${folder}" (${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}) were not read: only the folder's own .xlsx/.csv files are. Give the subfolders to --progress too if they hold progress.`,
  );
}

function note(code: string, file: string, message: string, messageEn: string): Problem {
  return { code, severity: "warning", file, message, messageEn };
}
