/**
 * @jest-environment jsdom
 */
// The add-in manifest: required elements, zh-CN and en-US text for every resource, icons that exist and have the
// size they claim, and every https://localhost:3000/ URL naming a file the webpack build produces (derived from
// webpack.config.js without running webpack). Also the office.js local/CDN switch and the offline validator.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { EXCEL_API_REQUIREMENTS, MINIMUM_EXCEL_API } from "../src/workbook/office/excelApiRequirements";
import { temporaryFolders } from "./temporaryFolders";

const temporaryFolder = temporaryFolders();

const root = path.join(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const manifestXml = readFileSync(path.join(root, "manifest.xml"), "utf8");

function parseManifest(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return document;
}

const manifest = parseManifest(manifestXml);
const app = manifest.documentElement;

/** Elements by local name, whatever their namespace prefix (bt:Image, Image). */
function all(scope: Element | Document, localName: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS("*", localName));
}
function only(scope: Element | Document, localName: string): Element {
  const found = all(scope, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}
/** Direct children by local name (the base manifest's <Hosts> and <VersionOverrides>'s <Hosts> differ). */
function childrenOf(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName);
}
function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}
function englishOverride(element: Element): string | null {
  const override = childrenOf(element, "Override").find((item) => item.getAttribute("Locale") === "en-US");
  return override ? override.getAttribute("Value") : null;
}

const CJK = /[\u4e00-\u9fff]/;

type CopyPattern = {
  from: string;
  to: string;
  globOptions?: { ignore?: string[] };
  /** copy-webpack-plugin's filter: which files of `from` are copied (absolute path). */
  filter?: (file: string) => boolean;
  transform?: (content: Buffer) => string | Buffer;
};
type BuildConfig = {
  entry: Record<string, string>;
  plugins: Array<{ constructor: { name: string }; userOptions?: Record<string, string>; patterns?: CopyPattern[] }>;
};

const requireFromRoot = createRequire(path.join(root, "package.json"));

/** Loads webpack.config.js's production configuration under the given build settings (environment variables). */
async function buildConfig(settings: Record<string, string | undefined> = {}): Promise<BuildConfig> {
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(settings)) {
    saved[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const configure = requireFromRoot("./webpack.config.js") as (
      env: Record<string, boolean>,
      options: { mode: string },
    ) => Promise<BuildConfig>;
    return await configure({ WEBPACK_BUILD: true }, { mode: "production" });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function htmlPages(config: BuildConfig): Array<Record<string, string>> {
  return config.plugins.filter((plugin) => plugin.constructor.name === "HtmlWebpackPlugin").map((plugin) => plugin.userOptions!);
}
function copyPatterns(config: BuildConfig): CopyPattern[] {
  return config.plugins.flatMap((plugin) => plugin.patterns ?? []);
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((file) => `${name}/${file}`) : [name];
  });
}

/** The files a copy pattern puts into dist/ (supports the forms webpack.config.js uses: file, dir, dir/*.ext). */
function copiedFiles(pattern: CopyPattern): string[] {
  const from = path.isAbsolute(pattern.from) ? pattern.from : path.join(root, pattern.from);
  if (from.includes("*")) {
    const directory = path.dirname(from);
    const matcher = new RegExp(`^${path.basename(from).replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
    return readdirSync(directory)
      .filter((name) => matcher.test(name))
      .map((name) => pattern.to.replace("[name]", path.parse(name).name).replace("[ext]", path.parse(name).ext));
  }
  if (statSync(from).isDirectory()) {
    const ignoredEndings = (pattern.globOptions?.ignore ?? []).map((glob) => glob.replace(/^\*\*\/\*?/, ""));
    return filesUnder(from)
      .filter((file) => !ignoredEndings.some((ending) => file.endsWith(ending)))
      .filter((file) => pattern.filter === undefined || pattern.filter(path.join(from, file)))
      .map((file) => path.posix.join(pattern.to, file));
  }
  return [pattern.to];
}

async function producedFiles(config: BuildConfig): Promise<Set<string>> {
  return new Set([...htmlPages(config).map((page) => page.filename), ...copyPatterns(config).flatMap(copiedFiles)]);
}

/** Every URL the manifest names, with the element that names it. */
function manifestUrls(): Array<{ where: string; url: string }> {
  const urls: Array<{ where: string; url: string }> = [];
  for (const element of all(manifest, "*")) {
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(name);
      if (value && /^https?:\/\//.test(value)) urls.push({ where: `<${element.tagName}>`, url: value });
    }
  }
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml required elements", () => {
  test("is an Excel task-pane add-in with a stable GUID, version and provider", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(xsiType(app)).toBe("TaskPaneApp");
    expect(childrenOf(app, "Id")[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(childrenOf(app, "Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(childrenOf(app, "ProviderName")[0].textContent?.trim()).not.toBe("");
    const hosts = childrenOf(childrenOf(app, "Hosts")[0], "Host").map((host) => host.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
  });

  test("asks for least privilege: ReadWriteDocument", () => {
    expect(childrenOf(app, "Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  test("is Chinese first, with English names and descriptions", () => {
    expect(childrenOf(app, "DefaultLocale")[0].textContent).toBe("zh-CN");
    const displayName = childrenOf(app, "DisplayName")[0];
    expect(displayName.getAttribute("DefaultValue")).toBe("督查台账");
    expect(englishOverride(displayName)).toBe("Progress Ledger");
    const description = childrenOf(app, "Description")[0];
    expect(description.getAttribute("DefaultValue")).toMatch(CJK);
    expect(description.getAttribute("DefaultValue")).toContain("牵头单位");
    expect(englishOverride(description)).toMatch(/leads, supporting departments/);
    expect(englishOverride(description)).not.toMatch(CJK);
    // What the add-in does today: the check, progress reports, ledgers and summaries — not the check alone.
    for (const part of ["导入", "进展", "台账", "通报汇总"]) expect(description.getAttribute("DefaultValue")).toContain(part);
    expect(englishOverride(description)).toMatch(/ledgers and summaries/);
  });

  test("declares the ExcelApi set reading and writing need, the one the pane checks at start-up", () => {
    const set = only(only(app, "Requirements"), "Set");
    expect(set.getAttribute("Name")).toBe("ExcelApi");
    expect(set.getAttribute("MinVersion")).toBe(MINIMUM_EXCEL_API);
    expect(EXCEL_API_REQUIREMENTS.map((requirement) => requirement.version)).toEqual([MINIMUM_EXCEL_API, "1.9", "1.13"]);
  });

  test("names the bundled help page as SupportUrl, and the page links the standalone page", () => {
    const support = childrenOf(app, "SupportUrl")[0];
    expect(support.getAttribute("DefaultValue")).toBe(`${DEV_URL}assets/help.html`);
    const help = readFileSync(path.join(root, "assets/help.html"), "utf8");
    expect(help).toContain('href="../standalone.html"');
    expect(help).toContain("自检");
  });

  test("opens taskpane.html by default and from a button on the Home tab", () => {
    const sourceLocation = childrenOf(childrenOf(app, "DefaultSettings")[0], "SourceLocation")[0];
    expect(sourceLocation.getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);

    const overrides = only(manifest, "VersionOverrides");
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    const workbook = all(overrides, "Host").find((host) => xsiType(host) === "Workbook");
    expect(workbook).toBeDefined();
    const homeTab = all(workbook!, "OfficeTab").find((tab) => tab.getAttribute("id") === "TabHome");
    expect(homeTab).toBeDefined();
    const button = all(homeTab!, "Control").find((control) => xsiType(control) === "Button");
    expect(button).toBeDefined();
    const action = all(button!, "Action")[0];
    expect(xsiType(action)).toBe("ShowTaskpane");
    const resid = all(action, "SourceLocation")[0].getAttribute("resid");
    const url = all(manifest, "Url").find((item) => item.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
  });
});

describe("manifest.xml resources", () => {
  const resources = only(manifest, "Resources");
  const definitions = new Map(all(resources, "*").filter((e) => e.getAttribute("id")).map((e) => [e.getAttribute("id")!, e]));
  const used = all(only(manifest, "VersionOverrides"), "*")
    .map((element) => element.getAttribute("resid"))
    .filter((resid): resid is string => resid !== null);

  test("every resource id used is defined, at most 32 characters long", () => {
    expect(used.length).toBeGreaterThanOrEqual(8);
    for (const resid of new Set(used)) {
      expect({ resid, defined: definitions.has(resid) }).toEqual({ resid, defined: true });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  test("every string used has Chinese (default) and English (en-US override) text", () => {
    const strings = [...new Set(used)].map((resid) => definitions.get(resid)!).filter((e) => e.localName === "String");
    expect(strings.map((s) => s.getAttribute("id")).sort()).toEqual([
      "Ledger.Group.Label",
      "Ledger.TaskpaneButton.Label",
      "Ledger.TaskpaneButton.Tooltip",
    ]);
    for (const string of strings) {
      const id = string.getAttribute("id");
      expect({ id, zh: CJK.test(string.getAttribute("DefaultValue") ?? "") }).toEqual({ id, zh: true });
      const english = englishOverride(string);
      expect({ id, en: english !== null && english.length > 0 && !CJK.test(english) }).toEqual({ id, en: true });
    }
  });

  test("every icon named exists in assets/ as a PNG of the size it is used at", () => {
    const expectedSize = new Map<string, number>([
      [childrenOf(app, "IconUrl")[0].getAttribute("DefaultValue")!, 32],
      [childrenOf(app, "HighResolutionIconUrl")[0].getAttribute("DefaultValue")!, 64],
    ]);
    for (const image of all(only(manifest, "VersionOverrides"), "Image").filter((e) => e.getAttribute("resid"))) {
      const definition = definitions.get(image.getAttribute("resid")!)!;
      expectedSize.set(definition.getAttribute("DefaultValue")!, Number(image.getAttribute("size")));
    }
    expect([...expectedSize.values()].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const [url, size] of expectedSize) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(root, url.slice(DEV_URL.length));
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });
});

describe("manifest.xml URLs and the webpack build", () => {
  test("every URL is HTTPS on the development server and names a file the build produces", async () => {
    const produced = await producedFiles(await buildConfig({ ADDIN_URL: undefined, OFFICE_JS: undefined }));
    const urls = manifestUrls();
    const named = [...new Set(urls.map(({ url }) => url.slice(DEV_URL.length)))].sort();
    expect(named).toEqual(["assets/help.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "taskpane.html"]);
    for (const { where, url } of urls) {
      expect({ where, url, dev: url.startsWith(DEV_URL) }).toEqual({ where, url, dev: true });
      const file = url.slice(DEV_URL.length).replace(/[?#].*$/, "");
      expect({ url, produced: produced.has(file) }).toEqual({ url, produced: true });
    }
    expect(produced.has("manifest.xml")).toBe(true);
    expect(produced.has("standalone.html")).toBe(true);
  });

  test("the pages' entries and templates exist", async () => {
    const config = await buildConfig();
    for (const entry of Object.values(config.entry)) expect(existsSync(path.join(root, entry))).toBe(true);
    for (const page of htmlPages(config)) expect(existsSync(path.join(root, page.template))).toBe(true);
  });

  test("the production manifest points at ADDIN_URL instead of the development server", async () => {
    const config = await buildConfig({ ADDIN_URL: "https://oa.example.gov.cn/ledger" });
    const pattern = copyPatterns(config).find((p) => p.from === "manifest.xml")!;
    const built = String(pattern.transform!(Buffer.from(manifestXml)));
    expect(built).not.toContain(DEV_URL);
    expect(built).toContain('<SourceLocation DefaultValue="https://oa.example.gov.cn/ledger/taskpane.html"/>');
    expect(built.match(/https:\/\/oa\.example\.gov\.cn\/ledger\/assets\/icon-\d+\.png/g)).toHaveLength(5);
    await expect(buildConfig({ ADDIN_URL: "http://oa.example.gov.cn/ledger/" })).rejects.toThrow(/https/);
  });

  test("office.js is served from the add-in by default and from Microsoft's CDN with OFFICE_JS=cdn", async () => {
    const local = await buildConfig({ OFFICE_JS: undefined });
    const taskpane = htmlPages(local).find((page) => page.filename === "taskpane.html")!;
    expect(taskpane.officeJsUrl).toBe("office-js/office.js");
    const produced = await producedFiles(local);
    for (const file of ["office-js/office.js", "office-js/excel-win32-16.01.js", "office-js/excel-web-16.00.js", "office-js/zh-cn/office_strings.js"]) {
      expect({ file, produced: produced.has(file) }).toEqual({ file, produced: true });
    }
    expect(produced.has("office-js/office.d.ts")).toBe(false);

    const cdn = await buildConfig({ OFFICE_JS: "cdn" });
    expect(htmlPages(cdn).find((page) => page.filename === "taskpane.html")!.officeJsUrl).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    );
    expect([...(await producedFiles(cdn))].some((file) => file.startsWith("office-js/"))).toBe(false);
  });

  test("taskpane.html loads office.js from the build setting; standalone.html never loads office.js", () => {
    const taskpaneTemplate = readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
    expect(taskpaneTemplate).toMatch(/<script[^>]+src="<%= htmlWebpackPlugin\.options\.officeJsUrl %>"/);
    expect(taskpaneTemplate).not.toContain("appsforoffice.microsoft.com");
    const standaloneTemplate = readFileSync(path.join(root, "src/taskpane/standalone.html"), "utf8");
    expect(standaloneTemplate).not.toMatch(/<script[^>]*office/i);
  });
});

describe("scripts/validate-manifest.mjs", () => {
  function validate(file?: string): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, [path.join(root, "scripts/validate-manifest.mjs"), ...(file ? [file] : [])], {
      encoding: "utf8",
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  test("accepts manifest.xml", () => {
    const { status, output } = validate();
    expect(output).toContain("manifest.xml is valid.");
    expect(status).toBe(0);
  });

  test("rejects a manifest with too much privilege, no English name and an undefined resource", () => {
    const broken = manifestXml
      .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAllDocument</Permissions>")
      .replace('<Override Locale="en-US" Value="Progress Ledger"/>', "")
      .replace('<Label resid="Ledger.Group.Label"/>', '<Label resid="Ledger.Group.Missing"/>');
    const file = path.join(temporaryFolder("manifest-"), "manifest.xml");
    writeFileSync(file, broken);
    const { status, output } = validate(file);
    expect(status).toBe(1);
    expect(output).toContain("<Permissions> must be ReadWriteDocument");
    expect(output).toContain('<DisplayName> has no <Override Locale="en-US"');
    expect(output).toContain('<Label resid="Ledger.Group.Missing"> refers to a resource that <Resources> does not define.');
  });

  test("rejects a manifest without the ExcelApi requirement or the help page", () => {
    const broken = manifestXml.replace(/<Requirements>[\s\S]*?<\/Requirements>/, "").replace(/<SupportUrl [^>]*\/>/, "");
    const file = path.join(temporaryFolder("manifest-"), "manifest.xml");
    writeFileSync(file, broken);
    const { status, output } = validate(file);
    expect(status).toBe(1);
    expect(output).toContain('<Requirements> must declare <Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(output).toContain("<SupportUrl> is missing");
  });
});
