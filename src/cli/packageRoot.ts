import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The folder of the project's package.json (works from src/ under ts-jest and from dist-cli/ after the build).
 * @example join(packageRoot(), "examples", "工业项目年2007.xlsx")
 */
export function packageRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, "package.json")) || !existsSync(join(folder, "examples"))) {
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}
