import { stat } from "node:fs/promises";

/**
 * Whether two paths name the same file on disk, whatever the route: the same path written differently, a
 * symbolic link, a hard link (compared by device and inode, never by path text). A path that does not exist is
 * no file, so it is never the same as another.
 * @example await sameFile("台账.xlsx", "./链接到台账.xlsx") // true when the second is a link to the first
 */
export async function sameFile(first: string, second: string): Promise<boolean> {
  const [a, b] = await Promise.all([identity(first), identity(second)]);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

async function identity(path: string): Promise<{ dev: number; ino: number } | null> {
  try {
    const info = await stat(path, { bigint: false });
    return { dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}
