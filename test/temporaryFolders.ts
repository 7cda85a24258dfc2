import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Fresh folders under the system's temporary folder for the tests of one file or one `describe` block: call it at
 * the top of the file or block, then call what it returns for each folder a test needs. Every folder made is
 * removed, with everything written into it, once the last test of that file or block has run (passed or failed).
 * @example const temporaryFolder = temporaryFolders(); … const folder = temporaryFolder("build-"); // "/tmp/build-Xa91Qz"
 */
export function temporaryFolders(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return (prefix) => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    made.push(folder);
    return folder;
  };
}
