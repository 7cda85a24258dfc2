// What `npm test` needs from the machine beyond node_modules, and what to do when something is missing: the plan
// scripts/pretest.mjs carries out before the long run (the same packages .ci/run installs).
"use strict";

/** The lowest Node.js major version the build, the tests and the command line run on (package.json "engines"). */
const MIN_NODE_MAJOR = 20;

/** Debian/Ubuntu packages: Chromium for the browser test, a Chinese font for its screenshots, xmllint for the manifest. */
const SYSTEM_PACKAGES = [
  { name: "chromium", purpose: "浏览器测试 / the browser test" },
  { name: "fonts-wqy-microhei", purpose: "截图中的汉字 / 汉字 in the screenshots" },
  { name: "libxml2-utils", purpose: "清单文件校验 (xmllint) / the manifest schema check" },
];

/**
 * The plan for one machine: "ok" (nothing to do), "install" (root on Debian/Ubuntu: run `command`), or "stop" (print
 * `message`, which ends with the exact command to type, and exit before the long run).
 * @example setupPlan({ nodeVersion: "20.19.0", isDebian: true, isRoot: false, missing: ["chromium"] }).command
 * // "sudo apt-get install -y --no-install-recommends chromium"
 */
function setupPlan({ nodeVersion, isDebian, isRoot, missing }) {
  const major = Number(String(nodeVersion).replace(/^v/, "").split(".")[0]);
  if (!(major >= MIN_NODE_MAJOR)) {
    return {
      action: "stop",
      message:
        `需要 Node.js ${MIN_NODE_MAJOR} 或更高版本，当前为 ${nodeVersion}。请安装 Node.js ${MIN_NODE_MAJOR}（https://nodejs.org/）后重试。\n` +
        `Node.js ${MIN_NODE_MAJOR} or later is needed (found ${nodeVersion}): install it from https://nodejs.org/ and retry.`,
    };
  }
  if (missing.length === 0) return { action: "ok" };
  const list = missing.map((name) => {
    const known = SYSTEM_PACKAGES.find((entry) => entry.name === name);
    return `  ${name}${known ? `  — ${known.purpose}` : ""}`;
  });
  if (!isDebian) {
    return {
      action: "stop",
      message:
        `测试还需要以下软件（名称为 Debian/Ubuntu 的软件包名），请用本系统的方式安装后重试：\n${list.join("\n")}\n` +
        "The tests also need the software above (Debian/Ubuntu package names): install it the way this system does, " +
        "and set CHROMIUM_PATH to the Chromium or Chrome executable if it is not /usr/bin/chromium.",
    };
  }
  const install = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  if (isRoot) return { action: "install", command: `apt-get update && ${install}` };
  return {
    action: "stop",
    message:
      `测试还需要以下系统软件包：\n${list.join("\n")}\n请先运行下面这条命令，再运行 npm test：\n` +
      `The tests also need the system packages above. Type this, then run npm test again:\n\n  sudo ${install}\n`,
    command: `sudo ${install}`,
  };
}

module.exports = { MIN_NODE_MAJOR, SYSTEM_PACKAGES, setupPlan };
