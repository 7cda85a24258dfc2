#!/usr/bin/env node
// `npm run dev-certs` (also run first by `npm run dev-server`): makes sure this machine has a trusted HTTPS
// certificate for https://localhost, which Office requires of the development server.
//
// `npx office-addin-dev-certs install` creates the certificates in ~/.office-addin-dev-certs and trusts their CA
// (Windows certificate store, macOS keychain, Linux CA bundle via sudo) — but it exits with status 0 even when
// that fails. So this script checks the result itself and exits 1, saying what to do, when there is still no
// valid, trusted certificate.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));

let devCerts;
try {
  devCerts = require("office-addin-dev-certs");
} catch {
  console.error("office-addin-dev-certs 未安装：请先运行 npm ci。office-addin-dev-certs is not installed: run npm ci first.");
  process.exit(1);
}

// Where office-addin-dev-certs keeps them (~/.office-addin-dev-certs/ca.crt, localhost.crt, localhost.key).
const defaults = require("office-addin-dev-certs/lib/defaults");
const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];

function certificatesAreValid() {
  if (!files.every((file) => existsSync(file))) return false;
  try {
    return devCerts.verifyCertificates() === true;
  } catch (error) {
    console.error(`Could not verify the certificates: ${error.message}`);
    return false;
  }
}

if (certificatesAreValid()) {
  console.log(`HTTPS certificates for https://localhost are installed and trusted (${dirname(files[0])}).`);
  process.exit(0);
}

console.log("Installing HTTPS certificates for https://localhost with office-addin-dev-certs…");
const cli = join(dirname(require.resolve("office-addin-dev-certs/package.json")), "cli.js");
spawnSync(process.execPath, [cli, "install"], { stdio: "inherit" });

if (certificatesAreValid()) {
  console.log("HTTPS certificates installed and trusted.");
  process.exit(0);
}

console.error(
  [
    "",
    "未能安装或信任 https://localhost 的开发证书（office-addin-dev-certs 即使失败也返回 0，所以这里再次检查了结果）。",
    "The development certificate for https://localhost could not be installed or trusted",
    "(office-addin-dev-certs returns 0 even when it fails, so this script checked the result).",
    "",
    "  Windows: run `npx office-addin-dev-certs install` and accept the security prompt that asks to trust",
    '           "Developer CA for Microsoft Office Add-ins" (an administrator may have to allow it).',
    "  macOS:   run `npx office-addin-dev-certs install` and enter your password when the keychain asks.",
    "  Linux:   needs sudo and update-ca-certificates; Excel desktop does not run on Linux anyway — use",
    "           Excel on the web or the standalone page (docs/SIDELOADING.md).",
    "",
    "Then run `npx office-addin-dev-certs verify` and `npm run dev-server` again.",
  ].join("\n"),
);
process.exit(1);
