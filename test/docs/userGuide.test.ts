import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { STATUS_PRECEDENCE } from "../../src/domain/evaluation";
import { statusLabel } from "../../src/domain/status/statusLabel";

const root = join(__dirname, "..", "..");
const guide = readFileSync(join(root, "docs", "使用说明.md"), "utf8");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Problem codes as the source writes them: `code: "…"`, or a code followed by its severity in a helper call. */
function problemCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\bcode: "([a-z]+(?:-[a-z0-9]+)+)"/g)) codes.add(match[1]);
    for (const match of text.matchAll(/"([a-z]+(?:-[a-z0-9]+)+)",\s*"(?:error|warning|info)"/g)) codes.add(match[1]);
  }
  return [...codes].sort();
}

describe("docs/使用说明.md, the clerks' guide", () => {
  it("says what to do about every problem code in the source", () => {
    const codes = problemCodes();
    expect(codes).toEqual(expect.arrayContaining(["missing-lead", "unknown-department", "unmatched-progress", "unit-mismatch"]));
    const missing = codes.filter((code) => !guide.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });

  it("explains every status by the word the ledger shows", () => {
    for (const status of STATUS_PRECEDENCE) expect(guide).toContain(`| ${statusLabel(status)}`);
    expect(guide).toContain(statusLabel("done", "zh", 1.2));
  });

  it("shows screenshots that are in the repository", () => {
    const images = [...guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const image of images) expect(existsSync(join(root, "docs", image))).toBe(true);
  });

  it("covers the three ways in: the Excel add-in, the page and the command line", () => {
    for (const heading of ["### Excel 加载项", "### 独立页面", "### 命令行"]) expect(guide).toContain(heading);
  });
});
