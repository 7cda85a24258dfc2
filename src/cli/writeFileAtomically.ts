import { randomBytes } from "node:crypto";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Why a file could not be written, in both languages, with the system's code (EACCES, ENOENT …). */
export interface WriteFailure {
  code: string;
  zh: string;
  en: string;
}

/**
 * Write a file all at once or not at all: the bytes go to a temporary file in the target's own folder (created
 * when missing), are flushed to disk, and only then take the target's name (rename). A failure at any step leaves
 * the old file as it was and no half-written file behind. Without `overwrite`, an existing target is kept (the
 * name is taken with a hard link, which fails when the file appeared meanwhile). Returns null on success.
 * @example await writeFileAtomically("out/台账-2007-10.xlsx", bytes, { overwrite: false }) // null, or { code: "EEXIST", zh, en }
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string, options: { overwrite: boolean }): Promise<WriteFailure | null> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failure(path, code === "EEXIST" ? Object.assign(new Error("not a folder"), { code: "ENOTDIR" }) : error);
  }
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temporary, path);
    else await linkInPlace(temporary, path);
    return null;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return failure(path, error);
  }
}

/** Give the temporary file the target's name unless the target exists (hard link, else a checked rename). */
async function linkInPlace(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
    // A file system without hard links (FAT, some network shares): check, then rename.
    const existing = await open(path, "r").then(
      async (handle) => {
        await handle.close();
        return true;
      },
      () => false,
    );
    if (existing) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await rename(temporary, path);
    return;
  }
  await unlink(temporary);
}

function failure(path: string, error: unknown): WriteFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "UNKNOWN";
  const folder = dirname(path);
  switch (code) {
    case "EEXIST":
      return { code, zh: `“${path}”已存在，不会覆盖（加 --force 可覆盖）。`, en: `"${path}" exists already; it is not overwritten (add --force to replace it).` };
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return {
        code,
        zh: `无法写入“${path}”：没有写入文件夹“${folder}”的权限（${code}）。请换一个文件夹，或关闭正在使用该文件的程序（如 Excel）。`,
        en: `Cannot write "${path}": no permission to write in the folder "${folder}" (${code}). Choose another folder, or close the program using the file (such as Excel).`,
      };
    case "ENOTDIR":
    case "ENOENT":
      return {
        code,
        zh: `无法写入“${path}”：文件夹“${folder}”不存在，也无法创建（路径中有同名文件？）。请检查路径。`,
        en: `Cannot write "${path}": the folder "${folder}" does not exist and cannot be created (is part of the path a file?). Check the path.`,
      };
    case "EISDIR":
      return { code, zh: `无法写入“${path}”：这是一个文件夹。请给出文件名。`, en: `Cannot write "${path}": it is a folder. Give a file name.` };
    case "ENOSPC":
    case "EDQUOT":
      return { code, zh: `无法写入“${path}”：磁盘空间不足（${code}），原文件未改动。请清理空间后重试。`, en: `Cannot write "${path}": the disk is full (${code}); nothing was changed. Free some space and retry.` };
    default:
      return {
        code,
        zh: `无法写入“${path}”（${code}），原有文件未改动。请检查文件夹，或文件是否正在 Excel 中打开。`,
        en: `Cannot write "${path}" (${code}); any existing file is unchanged. Check the folder, and whether the file is open in Excel.`,
      };
  }
}
