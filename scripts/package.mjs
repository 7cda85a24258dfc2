// `npm run package`: what an IT office puts on its intranet, in release/:
//   progress-ledger-addin-<version>.zip  the add-in (dist/ built with the manifest pointing at ADDIN_URL, office.js
//                                        served from the same place: no CDN needed)
//   progress-ledger-page-<version>/      the standalone page alone, a folder that works opened from disk (file://)
// Usage: ADDIN_URL=https://oa.example.gov.cn/ledger/ npm run package
//        (`-- --skip-build` packages the dist/ already built with that ADDIN_URL)
// Then, when Chromium is installed, opens the page folder from file:// and checks that it starts and can load ExcelJS.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const release = join(root, "release");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function fail(message) {
  console.error(message);
  process.exit(1);
}

const addinUrl = (process.env.ADDIN_URL || "").trim();
if (!/^https:\/\/[^/\s]+/i.test(addinUrl)) {
  fail(
    "请先设置加载项的内网地址（https://…），例如：\n  ADDIN_URL=https://oa.example.gov.cn/ledger/ npm run package\n" +
      "Set ADDIN_URL to the https:// address where dist/ will be served, e.g. the command above.",
  );
}

// 1. The production build (webpack reads ADDIN_URL and writes it into dist/manifest.xml).
if (!process.argv.includes("--skip-build")) {
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const built = spawnSync(process.execPath, [webpackCli, "--mode", "production"], { cwd: root, stdio: "inherit", env: { ...process.env, ADDIN_URL: addinUrl } });
  if (built.status !== 0) fail("webpack failed: nothing packaged.");
}
const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
if (!manifest.includes(addinUrl)) fail(`dist/manifest.xml does not point at ${addinUrl}: nothing packaged.`);

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

// 2. The add-in: the whole of dist/ in one zip.
rmSync(release, { recursive: true, force: true });
mkdirSync(release, { recursive: true });
const JSZip = require("jszip");
const zip = new JSZip();
for (const file of filesUnder(dist)) zip.file(relative(dist, file).split(sep).join("/"), readFileSync(file));
const zipPath = join(release, `progress-ledger-addin-${version}.zip`);
writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));

// 3. The page: standalone.html with its scripts and images, without the add-in's files.
const pageFolder = join(release, `progress-ledger-page-${version}`);
const addinOnly = (name) => name === "taskpane.html" || name === "manifest.xml" || name === "office-js" || /^taskpane[.\w-]*\.js$/.test(name);
for (const name of readdirSync(dist)) {
  if (!addinOnly(name)) cpSync(join(dist, name), join(pageFolder, name), { recursive: true });
}

const size = (path) => (statSync(path).isDirectory() ? filesUnder(path).reduce((sum, file) => sum + statSync(file).size, 0) : statSync(path).size);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`\n${relative(root, zipPath)}  ${mb(size(zipPath))}  (the add-in; manifest → ${addinUrl})`);
console.log(`${relative(root, pageFolder)}${sep}  ${mb(size(pageFolder))}  (the page: open standalone.html)`);

// 4. The page folder opened from disk, as a clerk would.
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  console.log(`${chromiumPath} is missing: the page folder was not opened from file:// (apt-get install -y chromium).`);
} else {
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ locale: "zh-CN" });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const outside = [];
  const loadedScripts = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("file:") && !/^(data|blob):/.test(request.url())) outside.push(request.url());
    else if (request.url().endsWith(".js")) loadedScripts.push(request.url().split("/").pop());
  });
  await page.goto(pathToFileURL(join(pageFolder, "standalone.html")).href);
  await page.waitForSelector('[data-testid="start-blank"]', { timeout: 20_000 });
  const heading = await page.textContent("h1");
  await page.click('[data-testid="start-blank"]');
  await page.waitForSelector('[role="tab"]', { timeout: 20_000 });
  await browser.close();
  const excelJsLoaded = loadedScripts.some((name) => /^exceljs\./.test(name));
  if (heading !== "督查台账" || !excelJsLoaded || errors.length > 0 || outside.length > 0) {
    fail(
      `The page folder does not work from file://: heading ${heading}, ExcelJS loaded on demand: ${excelJsLoaded}, ` +
        `errors: ${errors.join("; ") || "none"}, requests outside the folder: ${outside.join(", ") || "none"}`,
    );
  }
  console.log(`Opened from file:// in Chromium: 督查台账 shown, a blank workbook started (ExcelJS loaded on demand), ${loadedScripts.length} scripts, no error, no request outside the folder.`);
}
