import { stat } from "node:fs/promises";

/**
 * What makes a file itself on disk, whatever the path that reaches it: its device and inode as "dev:ino" (a symbolic
 * link or a hard link gives the same identity as its target). Null when the path names no file. Two paths name the
 * same file exactly when their identities are equal and not null; a list of files is compared in one pass by
 * collecting identities, never by comparing every pair.
 * @example await fileIdentity("台账.xlsx") === await fileIdentity("./链接到台账.xlsx") // true when the second links to the first
 */
export async function fileIdentity(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}
