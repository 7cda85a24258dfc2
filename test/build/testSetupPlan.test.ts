import { readFileSync } from "node:fs";
import { join } from "node:path";

interface SetupPlan {
  action: "ok" | "install" | "stop";
  command?: string;
  message?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MIN_NODE_MAJOR, SYSTEM_PACKAGES, setupPlan } = require("../../scripts/test-setup-plan.cjs") as {
  MIN_NODE_MAJOR: number;
  SYSTEM_PACKAGES: { name: string }[];
  setupPlan: (machine: { nodeVersion: string; isDebian: boolean; isRoot: boolean; missing: string[] }) => SetupPlan;
};

const root = join(__dirname, "..", "..");

describe("what npm test sets up before the long run", () => {
  it("does nothing when Node is recent and every package is there", () => {
    expect(setupPlan({ nodeVersion: "v20.19.0", isDebian: true, isRoot: false, missing: [] })).toEqual({ action: "ok" });
  });

  it("installs the missing packages with apt-get as root on Debian/Ubuntu", () => {
    const plan = setupPlan({ nodeVersion: "v22.1.0", isDebian: true, isRoot: true, missing: ["chromium", "libxml2-utils"] });
    expect(plan).toEqual({ action: "install", command: "apt-get update && apt-get install -y --no-install-recommends chromium libxml2-utils" });
  });

  it("stops without root and gives the exact command to type", () => {
    const plan = setupPlan({ nodeVersion: "v20.0.0", isDebian: true, isRoot: false, missing: ["chromium", "fonts-wqy-microhei"] });
    expect(plan.action).toBe("stop");
    expect(plan.command).toBe("sudo apt-get install -y --no-install-recommends chromium fonts-wqy-microhei");
    expect(plan.message).toContain(`\n  ${plan.command}\n`);
    expect(plan.message).toContain("测试还需要以下系统软件包");
  });

  it("stops on Node 18 whatever is installed, naming the version found", () => {
    const plan = setupPlan({ nodeVersion: "v18.19.0", isDebian: true, isRoot: true, missing: [] });
    expect(plan.action).toBe("stop");
    expect(plan.message).toContain("v18.19.0");
    expect(plan.message).toContain(`Node.js ${MIN_NODE_MAJOR}`);
  });

  it("names the packages elsewhere than Debian without an apt-get command", () => {
    const plan = setupPlan({ nodeVersion: "v20.19.0", isDebian: false, isRoot: true, missing: ["chromium"] });
    expect(plan.action).toBe("stop");
    expect(plan.message).toContain("chromium");
    expect(plan.message).toContain("CHROMIUM_PATH");
    expect(plan.message).not.toContain("apt-get");
  });

  it("asks for the packages .ci/run installs and the Node version package.json declares", () => {
    const ciRun = readFileSync(join(root, ".ci", "run"), "utf8");
    const ciPackages = /apt_packages=\(([^)]*)\)/.exec(ciRun)?.[1].trim().split(/\s+/);
    expect(SYSTEM_PACKAGES.map((entry) => entry.name)).toEqual(ciPackages);
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines: { node: string }; scripts: Record<string, string> };
    expect(manifest.engines.node).toBe(`>=${MIN_NODE_MAJOR}`);
    expect(manifest.scripts.pretest).toBe("node scripts/pretest.mjs");
  });
});
