// npm run fuzz [-- CASES]: the whole-pipeline property test (test/domain/fuzz) with 100,000 generated workbooks
// by default (the test suite runs 2,000), fixed seed; prints the number of cases and failures.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cases = Number(process.argv[2] ?? 100000);
if (!Number.isInteger(cases) || cases < 1) {
  process.stderr.write("用法 usage: npm run fuzz -- [cases]\n");
  process.exit(2);
}
const jest = join(root, "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(process.execPath, [jest, "test/domain/fuzz", "--silent=false", "--testTimeout=0"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: String(cases) },
});
process.exit(run.status ?? 2);
