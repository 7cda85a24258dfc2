import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isOfficeJsFileForExcel, OFFICE_JS_LOCALES } = require("../../scripts/office-js-files.cjs") as {
  isOfficeJsFileForExcel: (relativePath: string) => boolean;
  OFFICE_JS_LOCALES: string[];
};

const packageDist = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

function filesUnder(folder: string, prefix = ""): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(join(folder, entry.name), relative) : [relative];
  });
}

describe("the office.js files the add-in serves", () => {
  const all = filesUnder(packageDist);
  const kept = all.filter((file) => isOfficeJsFileForExcel(file));

  it("keeps office.js, its host table and Excel's file for every platform, without debug copies", () => {
    expect(kept).toEqual(expect.arrayContaining(["office.js", "o15apptofilemappingtable.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "excel-ios-16.00.js"]));
    const excelFiles = all.filter((file) => /^excel.*\.js$/.test(file) && !file.includes(".debug."));
    expect(excelFiles.length).toBeGreaterThan(10);
    for (const file of excelFiles) expect(kept).toContain(file);
    expect(kept.filter((file) => file.includes(".debug."))).toEqual([]);
  });

  it("drops the other Office hosts", () => {
    expect(kept.filter((file) => /^(word|outlook|powerpoint|onenote|project|access)/.test(file))).toEqual([]);
  });

  it("keeps the Chinese and English strings and no other language", () => {
    for (const locale of OFFICE_JS_LOCALES) expect(kept).toContain(`${locale}/office_strings.js`);
    const locales = new Set(kept.filter((file) => file.endsWith("office_strings.js")).map((file) => file.split("/")[0]));
    expect([...locales].sort()).toEqual(["en-us", "zh-cn", "zh-hk", "zh-tw"]);
  });

  it("keeps every script office.js and Excel's files load by name", () => {
    const loaders = ["office.js", ...kept.filter((file) => /^excel/.test(file))];
    const referenced = new Set<string>();
    for (const file of loaders) {
      const text = readFileSync(join(packageDist, file), "utf8");
      for (const match of text.matchAll(/"((?:telemetry|ariatelemetry)\/[\w.-]+\.js)"/g)) referenced.add(match[1]);
    }
    expect([...referenced]).toEqual(expect.arrayContaining(["telemetry/oteljs_agave.js", "ariatelemetry/aria-web-telemetry.js"]));
    for (const file of referenced) expect(kept).toContain(file);
    expect(kept).toContain("webauth/webauth.browserauth.js");
  });

  it("is an eighth of the package or less", () => {
    const size = (files: string[]): number => files.reduce((sum, file) => sum + statSync(join(packageDist, file)).size, 0);
    expect(size(kept)).toBeLessThan(size(all) / 8);
    expect(size(kept)).toBeLessThan(12 * 1024 * 1024);
  });
});
