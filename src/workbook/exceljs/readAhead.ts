import { readFile } from "node:fs/promises";

/**
 * Start reading a file's bytes now, to be awaited later (by openWorkbookFile): the disk reads the next progress file
 * while this one is parsed. A failure is kept for whoever awaits it, never reported as unhandled in between.
 * @example const next = readAhead("进展/省经委.xlsx"); … const opened = await openWorkbookFile("进展/省经委.xlsx", next);
 */
export function readAhead(path: string): Promise<Uint8Array> {
  const reading: Promise<Uint8Array> = readFile(path);
  reading.catch(() => undefined);
  return reading;
}
