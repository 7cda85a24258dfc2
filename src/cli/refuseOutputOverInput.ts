import { lstat, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileIdentity } from "./fileIdentity";

/** A file the command writes, by the option that names it (--out, --json). */
export interface OutputPath {
  option: string;
  path: string;
}

/**
 * Why an output may not be written, or null when it may: an output that is an input — the workbook, a
 * --progress file (or a file in a --progress folder), a --settings or --resolutions file, reached directly,
 * through a symbolic link or a hard link — is refused whether or not --force is given, and so is one output
 * naming the same file as another. An existing output without --force is refused too (--json like --out).
 * Standard output ("-" for --json) is never refused. Messages in both languages.
 * @example await refuseOutputOverInput([{ option: "--json", path: "a.xlsx" }], ["a.xlsx"], { force: true })
 * // { zh: "--json 指向输入文件“a.xlsx”……", en: "--json points at the input file \"a.xlsx\"…" }
 */
export async function refuseOutputOverInput(
  outputs: readonly OutputPath[],
  inputs: readonly string[],
  options: { force: boolean },
): Promise<{ zh: string; en: string } | null> {
  const inputFiles = (await Promise.all(inputs.map(filesOf))).flat();
  const written = outputs.filter((output) => output.path !== "-");
  // Identities (device and inode) read once per path; an output is an input when they are equal.
  const inputIdentities = await Promise.all(inputFiles.map(fileIdentity));
  const writtenIdentities = await Promise.all(written.map((output) => fileIdentity(output.path)));
  for (const [index, output] of written.entries()) {
    const identity = writtenIdentities[index];
    const at = identity === null ? -1 : inputIdentities.indexOf(identity);
    if (at < 0) continue;
    const input = inputFiles[at];
    const named = input === output.path ? `“${output.path}”` : `“${output.path}”（即“${input}”）`;
    return {
      zh: `${output.option} 指向输入文件${named}，本工具从不覆盖输入文件（加 --force 也不行）。请另取一个文件名。`,
      en: `${output.option} points at the input file "${output.path}"${input === output.path ? "" : ` (that is "${input}")`}; inputs are never overwritten, not even with --force. Choose another file name.`,
    };
  }
  for (let i = 0; i < written.length; i += 1) {
    for (let j = i + 1; j < written.length; j += 1) {
      if (written[i].path === written[j].path || (writtenIdentities[i] !== null && writtenIdentities[i] === writtenIdentities[j])) {
        return {
          zh: `${written[i].option} 和 ${written[j].option} 指向同一个文件“${written[i].path}”，请分别取名。`,
          en: `${written[i].option} and ${written[j].option} name the same file "${written[i].path}"; give them different names.`,
        };
      }
    }
  }
  if (options.force) return null;
  for (const output of written) {
    if (!(await exists(output.path))) continue;
    return {
      zh: `“${output.path}”已存在，不会覆盖。请换一个 ${output.option} 文件名，或加 --force 覆盖。`,
      en: `"${output.path}" exists already; it is not overwritten. Choose another ${output.option}, or add --force to replace it.`,
    };
  }
  return null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** A file → itself; a folder → every file in it and its subfolders (an output there could be an input). */
async function filesOf(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return [path];
  }
  if (!info.isDirectory()) return [path];
  let names: string[];
  try {
    names = await readdir(path);
  } catch {
    return [];
  }
  return (await Promise.all(names.map((name) => filesOf(join(path, name))))).flat();
}
