// The npm registry reachable from this project's machines serves the platform packages of the machines it runs on
// (linux) but not those of other platforms (darwin, win32, …), so `npm install` writes a package-lock.json without
// them, and `npm ci` then refuses the lock ("Missing: @unrs/resolver-binding-darwin-x64 from lock file").
// This adds an entry for each missing optional platform package, with the os/cpu/libc its name states, so `npm ci`
// accepts the lock; npm skips those entries on a platform they do not fit and fetches them on one they do.
// Run after any `npm install` that changes the lock: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;
const OS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm64", "arm", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32"];
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `${path ? path + "/" : ""}node_modules/${name}`;
    if (packages[at] || packages[`node_modules/${name}`]) continue;
    const parts = name.split("/").pop().split("-");
    const os = parts.find((part) => OS.includes(part));
    const cpu = parts.find((part) => CPU.includes(part));
    if (!os && !cpu) continue; // not a platform package: leave it to npm
    const placeholder = { version, dev: entry.dev === true || undefined, optional: true };
    if (cpu) placeholder.cpu = [cpu];
    if (os) placeholder.os = [os];
    if (os === "linux") placeholder.libc = [parts.some((part) => part.startsWith("musl")) ? "musl" : "glibc"];
    packages[`node_modules/${name}`] = JSON.parse(JSON.stringify(placeholder));
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: ${added} platform entries added`);
