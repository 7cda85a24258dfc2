import * as fs from "fs";
import * as path from "path";

/**
 * The domain's import graph: no circle between files, no circle between folders, and nothing imported from
 * outside src/domain (no library, node module, Office.js, ExcelJS, React or adapter). The scanner reads the
 * import and export-from statements of the TypeScript sources itself, so the test depends on no tool.
 */

const DOMAIN = path.resolve(__dirname, "../../src/domain");

/** An import statement's module specifier, as written. */
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]*?\s+from\s+)?["']([^"']+)["']|\b(?:require|import)\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers a TypeScript source imports, comments removed. */
function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const specifiers: string[] = [];
  for (const match of code.matchAll(IMPORT)) specifiers.push(match[1] ?? match[2]);
  return specifiers;
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The file a relative specifier resolves to (with .ts, .tsx or /index.ts), or the bare resolved path. */
function resolveImport(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return base;
}

/** Folder of a domain file, relative to src/domain ("" for the files at its root such as evaluation.ts). */
function folderOf(file: string): string {
  return path.relative(DOMAIN, path.dirname(file)).split(path.sep)[0] ?? "";
}

/**
 * The circles of a directed graph: its strongly connected components with more than one node, or a node that
 * imports itself (Tarjan's algorithm). Each circle is listed with its nodes sorted.
 * @example findCycles(new Map([["a", ["b"]], ["b", ["a"]]])) // [["a", "b"]]
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

interface DomainGraph {
  files: Map<string, string[]>;
  folders: Map<string, string[]>;
  /** Imports that leave src/domain: "file → specifier". */
  outside: string[];
  /** For each folder edge "a → b", one file import that makes it. */
  because: Map<string, string>;
}

function domainGraph(): DomainGraph {
  const files = new Map<string, string[]>();
  const folders = new Map<string, Set<string>>();
  const because = new Map<string, string>();
  const outside: string[] = [];
  for (const file of sourceFiles(DOMAIN)) {
    const name = path.relative(DOMAIN, file);
    const targets: string[] = [];
    const folder = folderOf(file);
    if (!folders.has(folder)) folders.set(folder, new Set());
    for (const specifier of importSpecifiers(fs.readFileSync(file, "utf8"))) {
      const target = specifier.startsWith(".") ? resolveImport(file, specifier) : null;
      if (target === null || path.relative(DOMAIN, target).startsWith("..")) {
        outside.push(`${name} → ${specifier}`);
        continue;
      }
      targets.push(path.relative(DOMAIN, target));
      const targetFolder = folderOf(target);
      if (targetFolder !== folder) {
        folders.get(folder)!.add(targetFolder);
        if (!because.has(`${folder} → ${targetFolder}`)) because.set(`${folder} → ${targetFolder}`, `${name} → ${specifier}`);
      }
    }
    files.set(name, targets);
  }
  return { files, folders: new Map([...folders].map(([folder, targets]) => [folder, [...targets]])), outside, because };
}

describe("findCycles", () => {
  it("finds a circle of three files and leaves the files outside it alone", () => {
    const graph = new Map([
      ["ledger/ledgerLayout.ts", ["summary/summaryLayout.ts", "text/cellText.ts"]],
      ["summary/summaryLayout.ts", ["progress/buildProgress.ts"]],
      ["progress/buildProgress.ts", ["ledger/ledgerLayout.ts"]],
      ["text/cellText.ts", []],
    ]);
    expect(findCycles(graph)).toEqual([["ledger/ledgerLayout.ts", "progress/buildProgress.ts", "summary/summaryLayout.ts"]]);
  });

  it("finds a file that imports itself and two separate circles", () => {
    const graph = new Map([
      ["a", ["a"]],
      ["table", ["departments"]],
      ["departments", ["table"]],
      ["dates", []],
    ]);
    expect(findCycles(graph)).toEqual([["a"], ["departments", "table"]]);
  });

  it("finds none in a layered graph, even where two paths meet", () => {
    const graph = new Map([
      ["ledger", ["status", "dates", "layout"]],
      ["summary", ["status", "dates", "layout"]],
      ["status", []],
      ["dates", []],
      ["layout", []],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });
});

describe("importSpecifiers", () => {
  it("reads import, type import, export-from and side-effect imports, and skips commented-out ones", () => {
    const source = [
      'import { ledgerLayout } from "./ledgerLayout";',
      'import type { Language } from "../language";',
      "import {\n  statusColor,\n  type StatusColor,\n} from '../status/statusColor';",
      'export { parseAsOf } from "../dates/parseAsOf";',
      'export * from "./ledgerHeaders";',
      'import "./sideEffect";',
      '// import { Workbook } from "exceljs";',
      '/* import React from "react"; */',
      'const label = "import x from \'nowhere\'";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["./ledgerLayout", "../language", "../status/statusColor", "../dates/parseAsOf", "./ledgerHeaders", "./sideEffect"]);
  });
});

describe("src/domain import graph", () => {
  const graph = domainGraph();

  it("reads the domain's files", () => {
    expect(graph.files.size).toBeGreaterThan(100);
    expect(graph.files.get(path.join("ledger", "ledgerSheetStyles.ts"))).toContain(path.join("layout", "estimateRowHeight.ts"));
    expect(graph.files.get(path.join("ledger", "ledgerLayout.ts"))).toContain(path.join("dates", "periodSheetName.ts"));
  });

  it("imports nothing from outside src/domain: no library, node module or adapter", () => {
    expect(graph.outside).toEqual([]);
  });

  it("has no circle between files", () => {
    expect(findCycles(graph.files)).toEqual([]);
  });

  it("has no circle between folders", () => {
    const cycles = findCycles(graph.folders).map((cycle) => cycle.map((folder) => folder || "(src/domain)"));
    const reasons = [...graph.because].filter(([edge]) => cycles.some((cycle) => edge.split(" → ").every((folder) => cycle.includes(folder || "(src/domain)"))));
    expect({ cycles, reasons }).toEqual({ cycles: [], reasons: [] });
  });

  it("keeps the files at the root of src/domain (types shared by every folder) free of folder imports", () => {
    expect(graph.folders.get("")).toEqual([]);
  });
});
