// Makes `npx progress-ledger …` work inside this project after `npm ci`: npm links the bins of
// dependencies into node_modules/.bin, but not the project's own, so we link it here (run by "prepare").
import { mkdirSync, rmSync, symlinkSync, chmodSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const binDir = join(root, "node_modules", ".bin");
const link = join(binDir, "progress-ledger");
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(join("..", "..", "bin", "progress-ledger.js"), link);
chmodSync(join(root, "bin", "progress-ledger.js"), 0o755);
process.stdout.write("linked node_modules/.bin/progress-ledger → bin/progress-ledger.js\n");
