#!/usr/bin/env node
// `npm run start` / `npm run stop`: sideload the add-in into Excel and start debugging it, or stop, with
// office-addin-debugging — as in the Office add-in templates. office-addin-debugging is NOT a dependency of this
// project (it does not install on the Linux machines that build and test it), so when it is not installed this
// script says how to get it or how to sideload by hand, and exits 1.
// Usage: node scripts/office-debugging.mjs start|stop [desktop|web] [more office-addin-debugging options]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const [command, ...rest] = process.argv.slice(2);

if (command !== "start" && command !== "stop") {
  console.error("Usage: node scripts/office-debugging.mjs start|stop [desktop|web]");
  process.exit(2);
}

let cli = null;
try {
  const packageJson = require.resolve("office-addin-debugging/package.json");
  const { bin } = JSON.parse(readFileSync(packageJson, "utf8"));
  const relative = typeof bin === "string" ? bin : bin["office-addin-debugging"];
  cli = join(dirname(packageJson), relative);
} catch {
  cli = null;
}

if (!cli) {
  const linux = process.platform === "linux";
  console.error(
    [
      `npm run ${command}: office-addin-debugging 未安装（它不是本项目的依赖，因为它在 Linux 上无法安装）。`,
      `npm run ${command}: office-addin-debugging is not installed (it is not a dependency of this project: it does not install on Linux).`,
      "",
      linux
        ? "Excel desktop does not run on Linux: sideload the add-in into Excel on the web, or open dist/standalone.html in a browser (docs/SIDELOADING.md)."
        : `On Windows or Mac, run it through npx (it downloads office-addin-debugging and starts \`npm run dev-server\` itself):\n\n    npx office-addin-debugging ${command} manifest.xml${command === "start" ? " desktop" : ""}\n\nor install it once with \`npm install --no-save office-addin-debugging\` and run \`npm run ${command}\` again.`,
      "",
      "手动旁加载（Windows、Mac、Excel 网页版）见 docs/SIDELOADING.md。To sideload by hand (Windows, Mac, Excel on the web) see docs/SIDELOADING.md.",
    ].join("\n"),
  );
  process.exit(1);
}

const result = spawnSync(process.execPath, [cli, command, "manifest.xml", ...rest], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
