// Runs before `npm test` (npm's "pretest"): checks the Node.js version and the system packages the tests need
// (Chromium, the wqy-microhei font, xmllint — as .ci/run does). On Debian/Ubuntu as root it installs what is missing;
// otherwise it stops here, before the long run, with the exact command to type (scripts/test-setup-plan.cjs).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { SYSTEM_PACKAGES, setupPlan } = require("./test-setup-plan.cjs");

const isDebian = existsSync("/etc/debian_version") && spawnSync("dpkg-query", ["--version"], { stdio: "ignore" }).status === 0;

/** Packages not installed: by dpkg on Debian/Ubuntu, else by what the tests look for on disk. */
function missingPackages() {
  if (isDebian) {
    return SYSTEM_PACKAGES.map((entry) => entry.name).filter((name) => {
      const status = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" });
      return status.stdout.trim() !== "install ok installed";
    });
  }
  const has = (command) => spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
  const missing = [];
  if (!existsSync(process.env.CHROMIUM_PATH || "/usr/bin/chromium")) missing.push("chromium");
  if (!has("xmllint")) missing.push("libxml2-utils");
  return missing;
}

const missing = missingPackages();
// A Chromium set by CHROMIUM_PATH counts as the chromium package.
const needed = process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH) ? missing.filter((name) => name !== "chromium") : missing;
const plan = setupPlan({ nodeVersion: process.version, isDebian, isRoot: typeof process.getuid === "function" && process.getuid() === 0, missing: needed });

if (plan.action === "stop") {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === "install") {
  console.log(`Installing ${needed.join(" ")} with apt-get`);
  const result = spawnSync("sh", ["-c", plan.command], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status !== 0) {
    console.error(`安装失败 / installation failed: ${plan.command}`);
    process.exit(1);
  }
}
console.log(`Node.js ${process.version}; system packages present: ${SYSTEM_PACKAGES.map((entry) => entry.name).join(", ")}`);
