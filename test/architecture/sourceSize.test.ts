import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * Size limits of the sources: no file in src over 300 lines, no function, method or arrow function over 80 lines
 * (a React component counts as one function, its callbacks included). A long piece is split into named pieces,
 * one exported function per file; the exemptions below are listed one by one, each with its reason.
 * The same test keeps the language type spelled once: `"zh" | "en"` is written only in src/domain/language.ts.
 */

const SRC = path.resolve(__dirname, "../../src");
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

/** Files allowed over 300 lines, relative to src, with the reason. */
const LONG_FILES: Record<string, string> = {
  "taskpane/strings/zh.ts": "string table: one line per message of the pane, nothing to split by meaning",
  "taskpane/strings/en.ts": "string table: one line per message of the pane, nothing to split by meaning",
};

/** Functions allowed over 80 lines, as "file › outer › function", with the reason (none today). */
const LONG_FUNCTIONS: Record<string, string> = {};

/** The one file that spells the language type out. */
const LANGUAGE_FILE = "domain/language.ts";

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** A source file's name relative to src, with forward slashes. */
function relativeName(file: string): string {
  return path.relative(SRC, file).split(path.sep).join("/");
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** The name a function is known by: its own, or the variable, property or class member it is assigned to. */
function functionName(node: ts.SignatureDeclaration): string {
  if (ts.isConstructorDeclaration(node)) return "constructor";
  if (node.name !== undefined) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name !== undefined) {
    return parent.name.getText();
  }
  return ts.isArrowFunction(node) ? "(arrow function)" : "(function)";
}

/** A source's lines, a final line ending not counting as a line of its own. */
function lineCount(text: string): number {
  return text === "" ? 0 : text.replace(/\r?\n$/, "").split(/\r?\n/).length;
}

/**
 * Every function-like piece with a body longer than `limit` lines, as "file › outer › inner: N lines"; a function's
 * lines run from its first token (its doc comment not counted) to its closing brace.
 * @example longFunctions("a.ts", source, 80) // ["a.ts › readTasks: 88 lines"]
 */
export function longFunctions(name: string, text: string, limit: number): string[] {
  const source = parse(name, text);
  const found: string[] = [];
  const visit = (node: ts.Node, outer: string[]): void => {
    let path = outer;
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      path = [...outer, functionName(node)];
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 > limit) found.push(`${[name, ...path].join(" › ")}: ${last - first + 1} lines`);
    }
    ts.forEachChild(node, (child) => visit(child, path));
  };
  visit(source, []);
  return found;
}

/**
 * The places a source spells the union `"zh" | "en"` (in either order) as a type, as "file:line".
 * @example languageUnions("a.ts", 'let lang: "en" | "zh";') // ["a.ts:1"]
 */
export function languageUnions(name: string, text: string): string[] {
  const source = parse(name, text);
  const found: string[] = [];
  const literal = (type: ts.TypeNode): string | null =>
    ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : null;
  const visit = (node: ts.Node): void => {
    if (ts.isUnionTypeNode(node)) {
      const members = node.types.map(literal);
      if (members.includes("zh") && members.includes("en")) {
        found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("longFunctions", () => {
  const body = (lines: number): string => Array.from({ length: lines - 2 }, (_, index) => `  const line${index} = ${index};`).join("\n");

  it("names a long function, method and arrow function, and leaves the short ones alone", () => {
    const source = [
      `export function readTasks(): void {\n${body(81)}\n}`,
      `export function shortOne(): void {\n${body(80)}\n}`,
      `class Reader {\n  read(): void {\n${body(82)}\n  }\n}`,
      `const matchRows = (): void => {\n${body(90)}\n};`,
    ].join("\n");
    expect(longFunctions("reader.ts", source, 80)).toEqual([
      "reader.ts › readTasks: 81 lines",
      "reader.ts › read: 82 lines",
      "reader.ts › matchRows: 90 lines",
    ]);
  });

  it("names an inner function by its outer ones, in a React component too", () => {
    const source = `export function ProgressStep() {\n  const rows = [1].map((row) => {\n${body(85)}\n  });\n  return <div>{rows}</div>;\n}`;
    expect(longFunctions("ProgressStep.tsx", source, 80)).toEqual([
      "ProgressStep.tsx › ProgressStep: 88 lines",
      "ProgressStep.tsx › ProgressStep › (arrow function): 85 lines",
    ]);
  });
});

describe("languageUnions", () => {
  it('finds "zh" | "en" in either order and inside wider unions, not a single literal or a string', () => {
    const source = [
      'export function text(lang: "zh" | "en"): string { return lang; }',
      'type Label = Pick<Item, "id" | "zh" | "en">;',
      'let lang: "en" | "zh" | null = null;',
      'const zh: "zh" = "zh";',
      'const both = "\\"zh\\" | \\"en\\"";',
    ].join("\n");
    expect(languageUnions("a.ts", source)).toEqual(["a.ts:1", "a.ts:2", "a.ts:3"]);
  });
});

describe("src sizes", () => {
  const files = sourceFiles(SRC).map((file) => ({ name: relativeName(file), text: fs.readFileSync(file, "utf8") }));

  it("reads the sources", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((file) => file.name === LANGUAGE_FILE)).toBe(true);
  });

  it(`has no file over ${MAX_FILE_LINES} lines but the listed string tables`, () => {
    const long = files.filter((file) => lineCount(file.text) > MAX_FILE_LINES && !(file.name in LONG_FILES));
    expect(long.map((file) => `${file.name}: ${lineCount(file.text)} lines`)).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines but the listed ones`, () => {
    const long = files.flatMap((file) => longFunctions(file.name, file.text, MAX_FUNCTION_LINES));
    expect(long.filter((entry) => !(entry.replace(/: \d+ lines$/, "") in LONG_FUNCTIONS))).toEqual([]);
  });

  it("lists no function exemption that is no longer needed", () => {
    const long = new Set(files.flatMap((file) => longFunctions(file.name, file.text, MAX_FUNCTION_LINES)).map((entry) => entry.replace(/: \d+ lines$/, "")));
    expect(Object.keys(LONG_FUNCTIONS).filter((entry) => !long.has(entry))).toEqual([]);
  });

  it(`spells "zh" | "en" only in ${LANGUAGE_FILE}: everything else uses its Language type`, () => {
    const spelled = files.flatMap((file) => languageUnions(file.name, file.text));
    expect(spelled.filter((place) => !place.startsWith(`${LANGUAGE_FILE}:`))).toEqual([]);
    expect(spelled.filter((place) => place.startsWith(`${LANGUAGE_FILE}:`))).toHaveLength(1);
  });
});
