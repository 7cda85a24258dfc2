// npm run fuzz [-- CASES [SHARDS]]: the whole-pipeline property test (test/domain/fuzz) on 100,000 generated
// workbooks by default (the test suite runs 2,000), split over SHARDS processes (default 2) with fixed seeds
// 20071031, 20071032 …; prints each shard's count and the total of cases and failures.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cases = Number(process.argv[2] ?? 100000);
const shards = Number(process.argv[3] ?? 2);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(shards) || shards < 1) {
  process.stderr.write("用法 usage: npm run fuzz -- [cases] [shards]\n");
  process.exit(2);
}
const jest = join(root, "node_modules", "jest", "bin", "jest.js");
const runs = Array.from({ length: shards }, (_, shard) => {
  const share = Math.floor(cases / shards) + (shard < cases % shards ? 1 : 0);
  const child = spawn(process.execPath, [jest, "test/domain/fuzz", "--silent=false", "--testTimeout=0"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FUZZ_RUNS: String(share), FUZZ_SEED: String(20071031 + shard) },
  });
  return new Promise((done) => child.on("close", (code) => done({ share, code: code ?? 2 })));
});
const results = await Promise.all(runs);
const failed = results.filter((result) => result.code !== 0);
const passed = results.filter((result) => result.code === 0).reduce((sum, result) => sum + result.share, 0);
process.stdout.write(`fuzz: ${passed} of ${cases} cases passed in ${shards} shards, ${failed.length} shards failed\n`);
process.exit(failed.length === 0 ? 0 : 1);
