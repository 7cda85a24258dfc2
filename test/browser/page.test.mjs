/* global document -- the callbacks of page.evaluate run in the browser */
// Browser test of the standalone page (`npm run build`, then `npm run browser-test`).
// Serves dist/ on a random 127.0.0.1 port, drives Debian's Chromium with playwright-core (no network: every
// request outside the local server is aborted), and walks the clerk's paths:
//   open a workbook with one of each fault → check → the problems at their cells → click one → the cell is shown;
//   start blank → paste part of the 2011 division document → preview → create the task table → its check.
// Screenshots at task-pane width (350 px) and wide (1280 px) go to test/browser/screenshots/ to be looked at.
// Prints "N passed, M failed" last and exits non-zero on any failure.
import { createServer } from "node:http";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const ExcelJS = require("exceljs");

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const dist = join(root, "dist");
const screenshots = join(here, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// ---------------------------------------------------------------- a tiny test runner
const results = [];
async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    console.log(`✗ ${name}\n    ${String(error?.stack ?? error).split("\n").slice(0, 6).join("\n    ")}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n      expected: ${e}\n      actual:   ${a}`);
}

// ---------------------------------------------------------------- fixtures
/** Each fault at its cell, as example-generators/faultsWorkbook.ts documents them. */
const EXPECTED_FAULTS = [
  ["missing-lead", "C4"],
  ["unknown-department", "C5"],
  ["lead-also-supporting", "D6"],
  ["multiple-leads", "C7"],
  ["joint-responsibility", "C8"],
  ["duplicate-id", "A9"],
  ["duplicate-task", "B10"],
  ["bad-deadline", "E11"],
  ["empty-title", "B12"],
];

/** The faults workbook (example-generators/faultsWorkbook.ts: one fault of each kind at a known cell; tasks quote the 2011 division document). */
const FAULTS_WORKBOOK = join(root, "test", "fixtures", "sample-faults.xlsx");

/** Paragraphs of the 2011 division document, examples/分工方案2011.txt (二、主要目标和任务分工安排 / （一）约束性指标), as a clerk would paste them. */
const DIVISION_TEXT = [
  "　　二、主要目标和任务分工安排",
  "",
  "　　（一）约束性指标。",
  "",
  "　　耕地保有量保持在553万公顷。（省国土资源厅牵头）",
  "",
  "　　单位工业增加值用水量降低30％。（省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅等部门按职责分工负责）",
  "",
  "　　非化石能源占一次能源消费比重达到9.8％。（省能源局牵头）",
  "",
  "　　单位地区生产总值能源消耗降低16％。 （省发展改革委牵头）",
  "",
  "　　单位地区生产总值二氧化碳排放降低17％。（省发展改革委牵头）",
  "",
  "　　化学需氧量排放减少8.8％，二氧化硫排放减少2.7％，氨氮排放减少10.5％，氮氧化物排放减少6.9％。（省环保厅牵头）",
  "",
  "　　森林覆盖率达到44.2％，森林蓄积量达到9.6亿立方米。（省林业厅牵头）",
  "",
  "　　全省总人口控制在2787万人以内。（省人口计生委牵头）",
  "",
  "　　城镇参加基本养老保险人数达到650万人。（省人力资源社会保障厅牵头）",
  "",
  "　　城乡三项基本医疗保险参保率达到92％。（省人力资源社会保障厅、省卫生厅按职责分工负责）",
].join("\n");
/** The leads of those ten tasks as the document states them (null: 按职责分工负责, no single lead). */
const DIVISION_LEADS = ["省国土资源厅", null, "省能源局", "省发展改革委", "省发展改革委", "省环保厅", "省林业厅", "省人口计生委", "省人力资源社会保障厅", null];

// ---------------------------------------------------------------- a static server for dist/
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml", ".map": "application/json", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8" };

function serve(directory) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(directory, path === "/" ? "standalone.html" : path));
    if (!file.startsWith(directory + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, "127.0.0.1", () => resolveServer(server)));
}

// ---------------------------------------------------------------- page helpers
/** [code, cell] of every problem listed under a severity group ("error", "warning", "info"). */
function problemsShown(page, severity) {
  return page.$$eval(`[data-severity-group="${severity}"] li.ledger-problem`, (items) => items.map((item) => [item.dataset.code, item.dataset.cell ?? null]));
}
async function countBadge(page, severity) {
  const text = await page.textContent(`[data-severity-group="${severity}"] [data-count]`);
  return Number(text);
}
async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
async function shot(page, name, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(150);
  const path = join(screenshots, `${name}-${width}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// ---------------------------------------------------------------- the run
async function main() {
  if (!existsSync(join(dist, "standalone.html"))) {
    console.log("dist/standalone.html is missing: run `npm run build` first.");
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei (never npx playwright install).`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  mkdirSync(screenshots, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "ledger-browser-"));
  // Removed however the run ends: passed, failed, or stopped by an error before the tests (Chromium not starting).
  process.on("exit", () => rmSync(workDir, { recursive: true, force: true }));
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}/`;
  // A fresh profile for every run (playwright takes it as the persistent context's user data dir).
  const context = await chromium.launchPersistentContext(join(workDir, "profile"), {
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 350, height: 900 },
    locale: "zh-CN",
    acceptDownloads: true,
  });
  const blocked = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  page.setDefaultTimeout(20_000);

  try {
    await test("the standalone page opens in Chinese without loading ExcelJS", async () => {
      const requested = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.goto(`${base}standalone.html`);
      await page.waitForSelector('[data-testid="start-blank"]');
      const title = await page.textContent("h1");
      assertEqual(title, "督查台账", "page title");
      assert(!requested.some((url) => /exceljs/i.test(url)), `ExcelJS fetched before a file was opened: ${requested.filter((url) => /exceljs/i.test(url))}`);
    });

    await test("opening the faults workbook lands on 1 检查分工 with the task sheet and its columns", async () => {
      await page.setInputFiles('input[data-testid="open-workbook"]', FAULTS_WORKBOOK);
      await page.waitForSelector('[data-testid="run-check"]');
      const name = await page.textContent('[data-testid="workbook-name"]');
      assert(name.includes("sample-faults.xlsx"), `workbook name shown: ${name}`);
      const sheet = await page.textContent('[data-testid="sheet-dropdown"]');
      assert(sheet.includes("任务分解表"), `sheet chosen: ${sheet}`);
      await page.waitForSelector('[data-column="title"] button');
      const titleColumn = await page.textContent('[data-column="title"] button');
      assert(titleColumn.includes("B 列") && titleColumn.includes("工作任务"), `title column: ${titleColumn}`);
      const leadColumn = await page.textContent('[data-column="lead"] button');
      assert(leadColumn.includes("C 列") && leadColumn.includes("牵头单位"), `lead column: ${leadColumn}`);
      await shot(page, "columns", 350);
    });

    await test("the check lists each fault at its cell, grouped 错误 / 警告 with counts", async () => {
      await page.click('[data-testid="run-check"]');
      await page.waitForSelector("li.ledger-problem");
      const errors = await problemsShown(page, "error");
      const warnings = await problemsShown(page, "warning");
      const shown = [...errors, ...warnings];
      for (const [code, cell] of EXPECTED_FAULTS) {
        assert(shown.some(([c, at]) => c === code && at === cell), `${code} at ${cell} not shown; shown: ${JSON.stringify(shown)}`);
      }
      for (const [code] of errors) assert(["missing-lead", "unknown-department", "duplicate-id", "bad-deadline", "empty-title"].includes(code), `unexpected error ${code}`);
      assertEqual(await countBadge(page, "error"), errors.length, "error count badge");
      assertEqual(await countBadge(page, "warning"), warnings.length, "warning count badge");
      assert(!shown.some(([code, cell]) => code === "multiple-leads" && cell === "C13"), "分别牵头 must not be reported as multiple-leads");
      const counts = await page.textContent('[data-testid="problem-counts"]');
      assertEqual(counts, `错误 ${errors.length} 个，警告 ${warnings.length} 个`, "counts line");
      const summary = await page.textContent('[data-testid="check-summary"]');
      assert(summary.includes("任务分解表") && summary.includes("部门名录"), `summary: ${summary}`);
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll at 350 px");
      const tabTops = await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
      assertEqual(new Set(tabTops).size, 1, `the four steps sit on one line at 350 px (tops ${tabTops})`);
      await shot(page, "check", 350);
      await shot(page, "check", 1280);
      await page.setViewportSize({ width: 350, height: 900 });
    });

    await test("clicking a problem shows its cell: 省发展改委 at C5, with the roster's name suggested", async () => {
      const item = page.locator('li.ledger-problem[data-code="unknown-department"]');
      const text = await item.textContent();
      assert(text.includes("任务分解表!C5"), `location shown: ${text}`);
      assert(text.includes("省发展改革委"), `suggestion shown: ${text}`);
      await item.locator("button").click();
      await page.waitForSelector('[data-preview-cell="C5"] [data-target="true"]');
      const target = await page.textContent('[data-preview-cell="C5"] [data-target="true"]');
      assertEqual(target, "省发展改委", "highlighted cell");
      const visible = await page.$eval('[data-preview-cell="C5"] [data-target="true"]', (cell) => {
        const box = cell.closest("[data-preview-cell]").querySelector("div + div").getBoundingClientRect();
        const rect = cell.getBoundingClientRect();
        return rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= box.left - 1 && rect.left < box.right;
      });
      assert(visible, "the highlighted cell is scrolled into view inside the preview");
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll with the preview open");
      await page.locator('[data-preview-cell="C5"]').scrollIntoViewIfNeeded();
      await shot(page, "preview", 350);
      await page.setViewportSize({ width: 350, height: 900 });
    });

    await test("English: the switch shows the problems' English messages", async () => {
      await page.click('[data-lang="en"]');
      await page.waitForSelector('[data-testid="run-check"]');
      await page.click('[data-testid="run-check"]');
      await page.waitForSelector('[data-severity-group="error"]');
      const header = await page.textContent('[data-severity-group="error"] button');
      assert(header.includes("Errors"), `group header: ${header}`);
      const tab = await page.textContent('[role="tab"][aria-selected="true"]');
      assert(tab.includes("1 Check tasks"), `tab: ${tab}`);
      await page.click('[data-lang="zh"]');
      await page.waitForSelector('[data-severity-group="error"]');
    });

    await test("import: pasted document text becomes a previewed task list, then a task table that is checked", async () => {
      await page.goto(`${base}standalone.html`);
      await page.click('[data-testid="start-blank"]');
      await page.waitForSelector('textarea[data-testid="import-text"]');
      await page.fill('textarea[data-testid="import-text"]', DIVISION_TEXT);
      await page.click('[data-testid="run-import"]');
      await page.waitForSelector('[data-testid="import-count"]');
      assertEqual(await page.textContent('[data-testid="import-count"]'), `识别出任务 ${DIVISION_LEADS.length} 项`, "tasks recognised");
      const leads = await page.$$eval("tr[data-task-id] [data-leads]", (cells) => cells.map((cell) => cell.textContent));
      assertEqual(
        leads,
        DIVISION_LEADS.map((lead) => lead ?? "—"),
        "leads in the preview",
      );
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll at 350 px");
      await shot(page, "import", 350);
      await page.setViewportSize({ width: 350, height: 900 });

      await page.click('[data-testid="create-sheet"]');
      await page.waitForSelector('[data-testid="check-summary"]');
      const summary = await page.textContent('[data-testid="check-summary"]');
      assert(summary.includes(`读取任务 ${DIVISION_LEADS.length} 项`), `check of the new sheet: ${summary}`);
      const errors = await problemsShown(page, "error");
      assertEqual(errors, [], "the imported table has no errors");
      const warnings = await problemsShown(page, "warning");
      const joint = warnings.filter(([code]) => code === "joint-responsibility");
      assertEqual(joint.length, 2, `the document's two 按职责分工负责 tasks are warned about; warnings: ${JSON.stringify(warnings)}`);
      await shot(page, "imported-check", 350);
    });

    await test("the page asks before replacing an existing sheet with a new import", async () => {
      await page.click('[role="tab"][data-step="import"]');
      await page.waitForSelector('[data-testid="create-sheet"]');
      await page.click('[data-testid="create-sheet"]');
      await page.waitForSelector('[role="alertdialog"]');
      const body = await page.textContent('[role="alertdialog"]');
      assert(body.includes("已有名为“任务分解表”的工作表"), `dialog: ${body}`);
      await page.click('[role="alertdialog"] button:has-text("取消")');
      await page.waitForSelector('[role="alertdialog"]', { state: "detached" });
    });

    await test("the workbook downloads as .xlsx with the created task table", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-workbook"]')]);
      assert(download.suggestedFilename().endsWith(".xlsx"), `file name: ${download.suggestedFilename()}`);
      const saved = join(workDir, "download.xlsx");
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      assert(names.includes("任务分解表"), `sheets in the download: ${names}`);
    });

    const sample = join(root, "examples", "工业项目年2007.xlsx");
    const sampleProgress = ["省发展改革委-1至10月进展.xlsx", "省环保局进展.csv"].map((name) => join(root, "examples", "progress", name));
    const divisionText = join(root, "examples", "分工方案2011.txt");
    let secondMonthPath = null;

    await test("the whole division document (.txt) imports to a task table the check accepts but for its 按职责分工负责 tasks", async () => {
      assert(existsSync(divisionText), `bundled sample missing: ${divisionText}`);
      await page.goto(`${base}standalone.html`);
      await page.click('[data-testid="start-blank"]');
      await page.waitForSelector('input[data-testid="import-file"]', { state: "attached" });
      await page.setInputFiles('input[data-testid="import-file"]', divisionText);
      await page.waitForSelector('[data-testid="import-count"]');
      // test/fixtures/division2011.ts, written by reading the document: 146 tasks, 4 of them 按职责分工负责.
      assertEqual(await page.textContent('[data-testid="import-count"]'), "识别出任务 146 项", "tasks recognised");
      assertEqual(await page.$$eval('[data-kind="joint"]', (cells) => cells.length), 4, "joint tasks in the preview");
      await page.click('[data-testid="create-sheet"]');
      await page.waitForSelector('[data-testid="check-summary"]', { timeout: 30_000 });
      assertEqual(await problemsShown(page, "error"), [], "errors in the imported table");
      const warnings = await problemsShown(page, "warning");
      assertEqual([...new Set(warnings.map(([code]) => code))], ["joint-responsibility"], `only joint-responsibility warnings; got ${JSON.stringify(warnings)}`);
      assertEqual(warnings.length, 4, "one warning per 按职责分工负责 task");
    });

    await test("the bundled 2007 sample: check, progress from its sheets and two departments' files, ratios and statuses", async () => {
      assert(existsSync(sample), `bundled sample missing: ${sample}`);
      await page.goto(`${base}standalone.html`);
      await page.setInputFiles('input[data-testid="open-workbook"]', sample);
      await page.waitForSelector('[data-testid="run-check"]');
      await page.click('[data-testid="run-check"]');
      await page.waitForSelector('[data-testid="check-summary"]');
      const summary = await page.textContent('[data-testid="check-summary"]');
      assert(summary.includes("读取任务 17 项"), `check summary: ${summary}`);

      await page.click('[role="tab"][data-step="progress"]');
      await page.waitForSelector('[data-testid="run-progress"]');
      await page.waitForSelector('label:has-text("省商务厅等")');
      const chosen = await page.$$eval('input[type="checkbox"]', (boxes) => boxes.map((box) => [box.closest("span, div")?.textContent ?? "", box.checked]));
      // Chosen by content, not by name: 省商务厅等 has no 进展 in its name but a 进展情况 column.
      for (const name of ["省经委进展", "省商务厅等"]) assert(chosen.some(([label, checked]) => label.includes(name) && checked), `${name} chosen by default: ${JSON.stringify(chosen)}`);
      // The as-of date offered is the period the reports name (1-10月, 截至2007年10月31日), not a date of this year.
      assertEqual(await page.inputValue('input[data-testid="as-of"]'), "2007-10-31", "as-of date offered");
      await page.setInputFiles('input[data-testid="progress-files"]', sampleProgress);
      await page.waitForSelector('li:has-text("省环保局进展.csv")');
      await page.click('[data-testid="run-progress"]');
      await page.waitForSelector("tr[data-status]");
      const outcome = await page.textContent("main");
      assert(outcome.includes("序时进度 83.3%"), "expected progress at the end of October");
      const rows = await page.$$eval("tr[data-status]", (trs) => trs.map((tr) => [tr.dataset.taskId, tr.dataset.status, tr.querySelector("[data-ratio]").textContent]));
      const byId = Object.fromEntries(rows.map(([id, status, ratio]) => [id, { status, ratio }]));
      assertEqual(rows.length, 17, "a row per task");
      // 1438.6 of 1700亿元; 241.4 of 284亿元 (the development commission's file, in 万元); 4390 of 5500亿元.
      assertEqual(byId["1"], { status: "on-schedule", ratio: "84.6%" }, "task 1");
      assertEqual(byId["4"].ratio, "85.0%", "task 4");
      assertEqual(byId["10"], { status: "lagging", ratio: "79.8%" }, "task 10");
      const unmatched = await page.$$eval("[data-row-key]", (items) => items.map((item) => [item.dataset.rowKey, item.textContent]));
      const power = unmatched.find(([, text]) => text.includes("全省工业用电量"));
      assert(power && /\|省经委进展\|C\d+$/.test(power[0]) && power[1].includes(power[0].split("|").slice(1).join("!")), `全省工业用电量 listed for the clerk at its cell: ${JSON.stringify(unmatched)}`);
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll at 350 px");
      await shot(page, "progress", 350);
      await shot(page, "progress", 1280);
      await page.setViewportSize({ width: 350, height: 900 });

      // The clerk sets the row aside (不计入) and recomputes: it is no longer listed.
      const row = page.locator(`[data-row-key="${power[0]}"]`);
      await row.locator('button[role="combobox"]').click();
      await page.click('[role="option"]:has-text("不计入")');
      await page.click('button:has-text("按所选重新计算")');
      // Now listed as assigned, with its choice changeable and an undo.
      await page.waitForSelector(`[data-assigned-key="${power[0]}"]`);
      await page.click(`[data-assigned-key="${power[0]}"] [data-testid="undo-assignment"]`);
      await page.waitForSelector('[data-testid="progress-stale"]');
      await page.click('[data-testid="apply-assigned"]');
      await page.waitForSelector(`[data-assigned-key="${power[0]}"]`, { state: "detached" });
      assert(await page.$(`li[data-row-key="${power[0]}"]`), "after the undo the row is unmatched again");
    });

    await test("every status explained: clicking task 10 shows its target, the report at its cell, the figure and why 滞后", async () => {
      await page.click('tr[data-task-id="10"]');
      await page.waitForSelector('[data-testid="task-explanation"][data-task-id="10"]');
      const text = await page.textContent('[data-testid="task-explanation"]');
      assert(text.includes("5500亿元") && text.includes("4390"), `target and figure: ${text}`);
      assert(/省经委进展!C\d+/.test(text), `report cell: ${text}`);
      const why = await page.textContent('[data-testid="explain-why"]');
      assert(why.includes("79.8%") && why.includes("83.3%") && why.includes("滞后"), `why: ${why}`);
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll at 350 px");
      await page.locator('[data-testid="task-explanation"]').scrollIntoViewIfNeeded();
      await shot(page, "explanation", 350);
      await shot(page, "explanation", 1280);
      await page.setViewportSize({ width: 350, height: 900 });
    });

    await test("nothing stale: a changed as-of date marks the results and the write step out of date until recomputed", async () => {
      await page.fill('input[data-testid="as-of"]', "2007-09-30");
      await page.waitForSelector('[data-testid="progress-stale"]');
      await page.click('[role="tab"][data-step="write"]');
      await page.waitForSelector('[data-testid="write-stale"]');
      assertEqual(await page.isDisabled('[data-testid="write-ledger"]'), true, "writing waits for a recompute");
      await page.click('[role="tab"][data-step="progress"]');
      await page.fill('input[data-testid="as-of"]', "2007-10-31");
      await page.waitForSelector('[data-testid="progress-stale"]', { state: "detached" });
    });

    await test("step 3 writes the ledger and the summary, shows the circular's paragraph, and the download holds them", async () => {
      await page.click('[role="tab"][data-step="write"]');
      await page.waitForSelector('[data-testid="ledger-plan"]');
      await page.waitForSelector('[data-testid="ledger-preview"]');
      const previewText = await page.textContent('[data-testid="ledger-preview"]');
      assert(previewText.includes("截至2007年10月31日") && previewText.includes("状态") && !previewText.includes("核对码"), `ledger preview: ${previewText.slice(0, 200)}`);
      const plan = await page.textContent('[data-testid="ledger-plan"]');
      assert(plan.includes("台账 2007-10") && plan.includes("任务 17 项") && plan.includes("通报汇总 2007-10"), `plan: ${plan}`);
      await page.click('[data-testid="write-ledger"]');
      await page.waitForSelector('[data-testid="ledger-written"]');
      const circular = await page.inputValue('textarea[data-testid="circular"]');
      assert(/^截至10月末，列入本次通报的量化指标任务共\d+项/.test(circular), `circular: ${circular}`);
      assert(!/当年计划投资（/.test(circular), `no task named mid-phrase: ${circular}`);
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll at 350 px");
      await shot(page, "write", 350);
      await page.setViewportSize({ width: 350, height: 900 });

      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-result"]')]);
      assertEqual(download.suggestedFilename(), "工业项目年2007（督查台账）.xlsx", "download name");
      const saved = join(workDir, "ledger.xlsx");
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      for (const name of ["重点工作任务分解表", "省经委进展", "台账 2007-10", "通报汇总 2007-10"]) assert(names.includes(name), `sheet ${name} in the download: ${names}`);
      const ledger = workbook.getWorksheet("台账 2007-10");
      const texts = [];
      ledger.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? ""))));
      assert(texts.some((text) => text.includes("截至2007年10月31日")), "ledger title with the as-of date");
      assert(texts.includes("滞后") && texts.includes("序时推进"), "status words in the ledger");
    });

    await test("设置: a gap of 3 points saved with the workbook makes task 10 (79.8% at 83.3%) lagging badly, and the download keeps it", async () => {
      await page.click('button[data-step="settings"]');
      await page.waitForSelector('[data-testid="settings-panel"]');
      assertEqual(await page.inputValue('input[data-setting="laggingBadlyGap"]'), "30", "default gap");
      await page.fill('input[data-setting="dueSoonDays"]', "400");
      await page.waitForSelector('text=应为0–366 之间的整数');
      assertEqual(await page.isDisabled('[data-testid="save-settings"]'), true, "save refused while a field is wrong");
      await page.fill('input[data-setting="dueSoonDays"]', "15");
      await page.fill('input[data-setting="laggingBadlyGap"]', "3");
      await page.click('[data-testid="save-settings"]');
      await page.waitForSelector('[data-testid="settings-saved"]:has-text("重新计算")');
      assertEqual(await horizontalOverflow(page), 0, "horizontal page scroll at 350 px");
      await shot(page, "settings", 350);
      await page.setViewportSize({ width: 350, height: 900 });

      await page.click('[role="tab"][data-step="progress"]');
      await page.waitForSelector('tr[data-status][data-task-id="10"]');
      assertEqual(await page.getAttribute('tr[data-task-id="10"]', "data-status"), "lagging-badly", "task 10 after the new gap");

      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-workbook"]')]);
      const saved = join(workDir, "with-settings.xlsx");
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const hidden = workbook.getWorksheet("_督查台账设置");
      assert(hidden && hidden.state === "veryHidden", "settings kept in a very hidden sheet of the download");
      const values = {};
      hidden.eachRow((row) => (values[row.getCell(1).text] = JSON.parse(row.getCell(2).text)));
      assertEqual(values.laggingBadlyGap, 3, "saved gap");
      // The ledger written before the new settings was written again: the download holds what the screen shows.
      const ledgerTexts = [];
      workbook.getWorksheet("台账 2007-10").eachRow((row) => row.eachCell((cell) => ledgerTexts.push(String(cell.text ?? ""))));
      assert(ledgerTexts.includes("严重滞后"), "task 10 严重滞后 in the downloaded ledger");
      secondMonthPath = saved;
    });

    await test("the second month: the page's own download reopens on the task table, offers the progress sheets, and runs November", async () => {
      await page.goto(`${base}standalone.html`);
      await page.setInputFiles('input[data-testid="open-workbook"]', secondMonthPath);
      await page.waitForSelector('[data-testid="run-check"]');
      const sheet = await page.textContent('[data-testid="sheet-dropdown"]');
      assert(sheet.includes("重点工作任务分解表"), `task table chosen by content, not the ledger: ${sheet}`);
      await page.click('[data-testid="run-check"]');
      await page.waitForSelector('[data-testid="check-summary"]');
      assert((await page.textContent('[data-testid="check-summary"]')).includes("读取任务 17 项"), "17 tasks read");
      await page.click('[role="tab"][data-step="progress"]');
      await page.waitForSelector('label:has-text("省商务厅等")');
      const labels = await page.$$eval('input[type="checkbox"]', (boxes) => boxes.map((box) => [box.closest("span, div")?.textContent ?? "", box.checked]));
      assert(!labels.some(([label]) => /台账|通报汇总/.test(label)), `the product's own sheets are not offered: ${JSON.stringify(labels)}`);
      for (const name of ["省经委进展", "省商务厅等"]) assert(labels.some(([label, checked]) => label.includes(name) && checked), `${name} ticked: ${JSON.stringify(labels)}`);
      assertEqual(await page.inputValue('input[data-testid="as-of"]'), "2007-10-31", "as-of from the reports");

      // A date outside the plan's year asks first.
      await page.fill('input[data-testid="as-of"]', "2026-11-30");
      await page.click('[data-testid="run-progress"]');
      await page.waitForSelector('[role="alertdialog"]:has-text("请确认截至日期")');
      await page.click('[role="alertdialog"] button:has-text("取消")');
      await page.waitForSelector('[role="alertdialog"]', { state: "detached" });

      await page.fill('input[data-testid="as-of"]', "2007-11-30");
      await page.click('[data-testid="run-progress"]');
      await page.waitForSelector("tr[data-status]");
      assertEqual(await page.$$eval("tr[data-status]", (rows) => rows.length), 17, "a row per task in November");
      await page.click('[role="tab"][data-step="write"]');
      await page.waitForSelector('[data-testid="ledger-plan"]');
      assert((await page.textContent('[data-testid="ledger-plan"]')).includes("台账 2007-11"), "November's ledger planned");
      await page.click('[data-testid="write-ledger"]');
      await page.waitForSelector('[data-testid="ledger-written"]');
      await shot(page, "second-month", 350);
      await shot(page, "second-month", 1280);
      await page.setViewportSize({ width: 350, height: 900 });

      // Work not downloaded: opening another file asks first.
      await page.setInputFiles('input[data-testid="open-another"]', sample);
      await page.waitForSelector('[role="alertdialog"]:has-text("有尚未下载的结果")');
      await page.click('[role="alertdialog"] button:has-text("取消")');
      await page.waitForSelector('[role="alertdialog"]', { state: "detached" });
      assert((await page.textContent('[data-testid="workbook-name"]')).includes("with-settings"), "the workbook stays open");

      // Leaving the page asks too (beforeunload).
      const dialog = page.waitForEvent("dialog");
      page.reload().catch(() => {});
      const shown = await dialog;
      assertEqual(shown.type(), "beforeunload", "the browser asks before leaving");
      await shown.dismiss();

      const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="download-result"]')]);
      const saved = join(workDir, "november.xlsx");
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const names = workbook.worksheets.map((each) => each.name);
      for (const name of ["重点工作任务分解表", "台账 2007-10", "台账 2007-11", "通报汇总 2007-11"]) assert(names.includes(name), `${name} in November's download: ${names}`);
    });

    await test("no errors in the page and no request left the machine", async () => {
      assertEqual(pageErrors, [], "page errors");
      assertEqual(blocked, [], "blocked requests");
    });
  } finally {
    await context.close();
    await new Promise((resolveClose) => server.close(resolveClose));
  }

  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.log(String(error?.stack ?? error));
  const passed = results.filter((result) => result.ok).length;
  console.log(`${passed} passed, ${results.length - passed + 1} failed`);
  process.exit(1);
});
