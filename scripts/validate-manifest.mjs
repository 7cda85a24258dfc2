#!/usr/bin/env node
// `npm run validate` — checks manifest.xml offline (usage: node scripts/validate-manifest.mjs [manifest.xml]).
//
// 1. Schema check with xmllint against Microsoft's published XML schemas when both are available here: the
//    schemas in ../shared/manifest-xsd (or $MANIFEST_XSD_DIR) and `xmllint` (Debian: apt-get install
//    libxml2-utils). When either is missing it says so and goes on: a user's clone has no schema folder.
//    (`npm run validate:online` uses office-addin-manifest, which needs Microsoft's online service.)
// 2. Its own checks of what this add-in needs, always: Id, Version, ProviderName, zh-CN default locale with
//    en-US overrides, least privilege, Workbook host, the ExcelApi requirement set, icons and the SupportUrl help page
//    that exist in assets/, HTTPS URLs, a ribbon button
//    that opens the task pane, and every resource id defined and translated.
// Exits 1 with one line per problem when anything is wrong.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = resolve(process.argv[2] || join(root, "manifest.xml"));
const schemaDir = resolve(process.env.MANIFEST_XSD_DIR || join(root, "..", "shared", "manifest-xsd"));
const schemaFile = join(schemaDir, "OfficeAppManifestV1_1.xsd");
const DEV_URL = "https://localhost:3000/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RESID = 32;
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;
const MIN_EXCEL_API = "1.7";

const problems = [];
const problem = (message) => {
  if (!problems.includes(message)) problems.push(message);
};

// ---------------------------------------------------------------------------------------------------------------
// A small XML reader (elements, attributes, text; comments, processing instructions and CDATA handled). Enough for
// a manifest; namespace prefixes are kept in the names (bt:Image) and ignored by `local()`.

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity) => {
    const named = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

function parseXml(xml) {
  const document = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [document];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match;
  while ((match = token.exec(xml))) {
    const [whole, cdata, closing, opening, attributeText, selfClosing, text] = match;
    const current = stack[stack.length - 1];
    if (cdata !== undefined) current.text += cdata;
    else if (closing) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening) {
      const attributes = {};
      for (const [, name, , double, single] of attributeText.matchAll(/([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
        attributes[name] = decodeEntities(double ?? single);
      }
      const element = { name: opening, attributes, children: [], text: "" };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) current.text += decodeEntities(text);
    else if (whole.startsWith("<") && !/^<(!--|\?|!DOCTYPE)/.test(whole)) throw new Error(`cannot read ${whole.slice(0, 40)}`);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const roots = document.children;
  if (roots.length !== 1) throw new Error("expected exactly one root element");
  return roots[0];
}

const local = (name) => name.replace(/^.*:/, "");
const children = (element, name) => (element ? element.children.filter((child) => local(child.name) === name) : []);
const child = (element, name) => children(element, name)[0];
function descendants(element, name, found = []) {
  for (const item of element.children) {
    if (local(item.name) === name) found.push(item);
    descendants(item, name, found);
  }
  return found;
}
const attribute = (element, name) =>
  element ? Object.entries(element.attributes).find(([key]) => local(key) === name)?.[1] : undefined;

// ---------------------------------------------------------------------------------------------------------------

function schemaCheck() {
  if (!existsSync(schemaFile)) {
    console.log(`Schema check skipped: the schema folder ${schemaDir} is not here (set MANIFEST_XSD_DIR to use another).`);
    return;
  }
  const version = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (version.error) {
    console.log("Schema check skipped: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils).");
    return;
  }
  const result = spawnSync("xmllint", ["--noout", "--schema", schemaFile, manifestPath], { encoding: "utf8" });
  if (result.status === 0) {
    console.log(`Schema check passed (xmllint, ${schemaFile}).`);
  } else {
    for (const line of (result.stderr || "").split("\n").filter((l) => l && !/fails to validate$/.test(l))) {
      problem(`schema: ${line}`);
    }
    if (problems.length === 0) problem(`schema: xmllint exited with status ${result.status}`);
  }
}

function checkLocaleAware(element, label, { https = false } = {}) {
  if (!element) return problem(`<${label}> is missing.`);
  const value = attribute(element, "DefaultValue");
  if (!value || !value.trim()) problem(`<${label}> has no DefaultValue (zh-CN text).`);
  if (https && value && !value.startsWith("https://")) problem(`<${label}> ${value} is not an https:// URL.`);
  const english = children(element, "Override").find((override) => attribute(override, "Locale") === "en-US");
  if (!https && !english) problem(`<${label}> has no <Override Locale="en-US" …/> (English text).`);
  if (english && !(attribute(english, "Value") || "").trim()) problem(`<${label}>'s en-US Override has no Value.`);
}

/** A URL on the development server must name a file we ship; icons and help are checked on disk here, pages by the tests. */
function checkAssetUrl(url, label) {
  if (!url) return;
  if (!url.startsWith("https://")) return problem(`${label} ${url} is not an https:// URL (Office requires HTTPS).`);
  if (url.startsWith(DEV_URL)) {
    const file = url.slice(DEV_URL.length);
    if (!file.startsWith("assets/") || !existsSync(join(root, file))) problem(`${label} ${url}: ${file} does not exist in assets/.`);
  }
}

function ownChecks(app) {
  if (local(app.name) !== "OfficeApp") return problem(`the root element is <${app.name}>, not <OfficeApp>.`);
  if (attribute(app, "type") !== "TaskPaneApp") problem(`<OfficeApp> must have xsi:type="TaskPaneApp".`);

  const id = child(app, "Id")?.text.trim();
  if (!id) problem("<Id> is missing.");
  else if (!GUID.test(id)) problem(`<Id> ${id} is not a GUID.`);

  const version = child(app, "Version")?.text.trim();
  if (!version) problem("<Version> is missing.");
  else if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problem(`<Version> ${version} is not like 1.0.0.0.`);

  if (!child(app, "ProviderName")?.text.trim()) problem("<ProviderName> is missing.");

  const locale = child(app, "DefaultLocale")?.text.trim();
  if (locale !== "zh-CN") problem(`<DefaultLocale> must be zh-CN (Chinese first), found ${locale || "nothing"}.`);

  checkLocaleAware(child(app, "DisplayName"), "DisplayName");
  checkLocaleAware(child(app, "Description"), "Description");
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const element = child(app, name);
    if (!element) problem(`<${name}> is missing.`);
    else checkAssetUrl(attribute(element, "DefaultValue"), `<${name}>`);
  }

  const hosts = children(child(app, "Hosts"), "Host").map((host) => attribute(host, "Name"));
  if (!hosts.includes("Workbook")) problem('<Hosts> must contain <Host Name="Workbook"/> (Excel).');
  if (hosts.some((host) => host !== "Workbook")) problem(`<Hosts> names other applications than Excel: ${hosts.join(", ")}.`);

  // The ExcelApi set the code cannot work without (src/workbook/office/excelApiRequirements.ts); higher sets are checked
  // at start-up with isSetSupported.
  const sets = children(child(child(app, "Requirements"), "Sets"), "Set");
  const excelApi = sets.find((set) => attribute(set, "Name") === "ExcelApi");
  if (!excelApi) problem('<Requirements> must declare <Set Name="ExcelApi" MinVersion="1.7"/> (the set reading and writing need).');
  else if (attribute(excelApi, "MinVersion") !== MIN_EXCEL_API) {
    problem(`<Set Name="ExcelApi"> must have MinVersion="${MIN_EXCEL_API}", found ${attribute(excelApi, "MinVersion") || "nothing"}.`);
  }
  const support = child(app, "SupportUrl");
  if (!support) problem("<SupportUrl> is missing (the bundled help page, assets/help.html).");
  else checkAssetUrl(attribute(support, "DefaultValue"), "<SupportUrl>");

  const source = attribute(child(child(app, "DefaultSettings"), "SourceLocation"), "DefaultValue");
  if (!source) problem("<DefaultSettings><SourceLocation> is missing.");
  else if (!source.startsWith("https://")) problem(`<SourceLocation> ${source} is not an https:// URL.`);

  const permissions = child(app, "Permissions")?.text.trim();
  if (permissions !== "ReadWriteDocument") {
    problem(`<Permissions> must be ReadWriteDocument (least privilege for reading and writing the workbook), found ${permissions || "nothing"}.`);
  }

  const overrides = child(app, "VersionOverrides");
  if (!overrides) return problem("<VersionOverrides> is missing: there is no ribbon button that opens the pane.");
  const showTaskpane = descendants(overrides, "Action").filter((action) => attribute(action, "type") === "ShowTaskpane");
  if (showTaskpane.length === 0) problem('<VersionOverrides> has no <Action xsi:type="ShowTaskpane"> (the ribbon button that opens the pane).');

  // Resources: every resid used is defined; every string has zh-CN (DefaultValue) and en-US (Override) text.
  const resources = child(overrides, "Resources");
  if (!resources) return problem("<VersionOverrides> has no <Resources>.");
  const defined = new Map();
  for (const [group, limit] of [["Images"], ["Urls"], ["ShortStrings", MAX_SHORT_STRING], ["LongStrings", MAX_LONG_STRING]]) {
    for (const item of child(resources, group)?.children ?? []) {
      const id = attribute(item, "id");
      const value = attribute(item, "DefaultValue") || "";
      if (!id) {
        problem(`a <${item.name}> in <${group}> has no id.`);
        continue;
      }
      if (defined.has(id)) problem(`resource id ${id} is defined twice.`);
      defined.set(id, { group, value });
      if (id.length > MAX_RESID) problem(`resource id ${id} is longer than ${MAX_RESID} characters.`);
      if (!value.trim()) problem(`resource ${id} has no DefaultValue.`);
      if (group === "Images") checkAssetUrl(value, `image ${id}`);
      if (group === "Urls" && !value.startsWith("https://")) problem(`URL ${id} ${value} is not an https:// URL.`);
      if (limit) {
        const english = children(item, "Override").find((override) => attribute(override, "Locale") === "en-US");
        if (!english) problem(`string ${id} has no <bt:Override Locale="en-US" …/> (English text).`);
        for (const text of [value, english && attribute(english, "Value")].filter(Boolean)) {
          if ([...text].length > limit) problem(`string ${id} is longer than ${limit} characters: ${text}`);
        }
      }
    }
  }
  const expectedGroup = { Image: "Images", SourceLocation: "Urls", Label: "ShortStrings", Title: "ShortStrings", Description: "LongStrings" };
  for (const element of allElements(child(overrides, "Hosts"))) {
    const resid = attribute(element, "resid");
    if (!resid) continue;
    const definition = defined.get(resid);
    if (!definition) problem(`<${element.name} resid="${resid}"> refers to a resource that <Resources> does not define.`);
    else if (expectedGroup[local(element.name)] && expectedGroup[local(element.name)] !== definition.group) {
      problem(`<${element.name} resid="${resid}"> refers to a resource in <${definition.group}>, expected <${expectedGroup[local(element.name)]}>.`);
    }
  }
  for (const action of showTaskpane) {
    const resid = attribute(child(action, "SourceLocation"), "resid");
    if (!resid) problem('the ShowTaskpane action has no <SourceLocation resid="…"/>.');
  }
}

function allElements(element, found = []) {
  for (const item of element?.children ?? []) {
    found.push(item);
    allElements(item, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------

if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} does not exist.`);
  process.exit(1);
}
console.log(`Checking ${manifestPath}`);
schemaCheck();
let app = null;
try {
  app = parseXml(readFileSync(manifestPath, "utf8"));
} catch (error) {
  problem(`not well-formed XML: ${error.message}`);
}
if (app) ownChecks(app);

if (problems.length > 0) {
  console.error(`manifest check failed (${problems.length} problem${problems.length === 1 ? "" : "s"}):`);
  for (const message of problems) console.error(`  - ${message}`);
  process.exit(1);
}
console.log("Required elements present: Id, Version, ProviderName, zh-CN/en-US names, ReadWriteDocument, Workbook, ExcelApi 1.7, icons, help, ShowTaskpane button.");
console.log("manifest.xml is valid.");
