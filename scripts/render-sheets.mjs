// Renders sheets of a workbook to PNG pages the way they print, for looking at the ledger as a clerk would.
// Needs LibreOffice and poppler (apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils).
// Usage: node scripts/render-sheets.mjs out/台账-2007-10.xlsx docs/ "台账 2007-10" "通报汇总 2007-10"
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [input, outDir, ...sheetNames] = process.argv.slice(2);
if (!input || !outDir || sheetNames.length === 0) {
  console.error("usage: node scripts/render-sheets.mjs WORKBOOK.xlsx OUT_DIR SHEET [SHEET ...]");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const [index, sheetName] of sheetNames.entries()) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  if (!workbook.getWorksheet(sheetName)) {
    console.error(`no sheet "${sheetName}" in ${input}`);
    process.exit(1);
  }
  for (const sheet of [...workbook.worksheets]) if (sheet.name !== sheetName) workbook.removeWorksheet(sheet.id);
  const work = mkdtempSync(join(tmpdir(), "render-"));
  // The copy, the PDF and LibreOffice's own profile go once the pages are moved out (or the conversion failed).
  try {
    const file = join(work, `sheet${index + 1}.xlsx`);
    await workbook.xlsx.writeFile(file);
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, file], { stdio: "ignore" });
    execFileSync("pdftoppm", ["-png", "-r", "80", join(work, `sheet${index + 1}.pdf`), join(work, "page")]);
    for (const page of readdirSync(work).filter((name) => name.startsWith("page")).sort()) {
      const target = join(outDir, `sample-${index === 0 ? "ledger" : "summary"}-${page.replace(/^page-?/, "")}`);
      renameSync(join(work, page), target);
      console.log(target);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
