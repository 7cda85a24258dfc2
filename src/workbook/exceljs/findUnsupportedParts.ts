import type { XlsxPackage } from "./readXlsxPackage";

/** A kind of content a copy written through ExcelJS would lose, with where it is. */
export interface UnsupportedPart {
  /** Stable key: "chart", "shape", "pivot-table", "slicer", "timeline", "macro", "external-link", … */
  kind: string;
  zh: string;
  en: string;
  /** The package parts holding it. */
  parts: string[];
}

const BY_PATH: { kind: string; zh: string; en: string; pattern: RegExp }[] = [
  { kind: "chart", zh: "图表", en: "charts", pattern: /^xl\/(charts|chartsheets)\// },
  { kind: "pivot-table", zh: "数据透视表", en: "pivot tables", pattern: /^xl\/(pivotTables|pivotCache)\// },
  { kind: "slicer", zh: "切片器", en: "slicers", pattern: /^xl\/(slicers|slicerCaches)\// },
  { kind: "timeline", zh: "日程表", en: "timelines", pattern: /^xl\/(timelines|timelineCaches)\// },
  { kind: "macro", zh: "宏（VBA）", en: "macros (VBA)", pattern: /^xl\/(vbaProject\.bin|vbaProjectSignature\.bin|macrosheets\/|dialogsheets\/)/i },
  { kind: "external-link", zh: "外部链接", en: "external links", pattern: /^xl\/externalLinks\// },
  { kind: "threaded-comment", zh: "新式批注（对话式）", en: "threaded comments", pattern: /^xl\/(threadedComments|persons)\// },
  { kind: "control", zh: "表单控件或 ActiveX 控件", en: "form or ActiveX controls", pattern: /^xl\/(ctrlProps|activeX)\// },
  { kind: "embedded-object", zh: "嵌入的对象", en: "embedded objects", pattern: /^xl\/embeddings\// },
  { kind: "data-connection", zh: "数据连接或查询", en: "data connections or queries", pattern: /^xl\/(connections\.xml|queryTables\/)|^customXml\/item\d*\.xml$/ },
  { kind: "data-model", zh: "数据模型", en: "a data model", pattern: /^xl\/model\// },
  { kind: "cell-image", zh: "单元格内图片或数据类型", en: "pictures in cells or data types", pattern: /^xl\/richData\// },
  { kind: "add-in", zh: "加载项的设置", en: "add-in settings", pattern: /^xl\/webextensions\// },
  { kind: "custom-property", zh: "自定义文档属性", en: "custom document properties", pattern: /^docProps\/custom\.xml$/ },
];

/** Drawing elements ExcelJS does not keep: shapes, text boxes, groups, connectors, charts placed on a sheet. */
const DROPPED_DRAWING = /<(?:\w+:)?(sp|grpSp|graphicFrame|cxnSp|contentPart)[\s>/]/;
const SPARKLINES = /<(?:\w+:)?sparklineGroups[\s>/]/;

/**
 * The content of an .xlsx that a copy written through ExcelJS would silently lose — charts, shapes and text
 * boxes, pivot tables, slicers, timelines, macros, external links, threaded comments, controls, embedded objects,
 * data connections, the data model, pictures in cells, sparklines, add-in settings, custom properties. Pictures,
 * notes, tables, styles, validations and merges are kept by ExcelJS and are not listed. Empty when nothing is lost.
 * @example (await findUnsupportedParts(pkg)).map((part) => part.kind) // ["chart", "pivot-table"]
 */
export async function findUnsupportedParts(pkg: XlsxPackage): Promise<UnsupportedPart[]> {
  const found = new Map<string, UnsupportedPart>();
  const add = (kind: string, zh: string, en: string, part: string): void => {
    const entry = found.get(kind) ?? { kind, zh, en, parts: [] };
    entry.parts.push(part);
    found.set(kind, entry);
  };
  for (const path of pkg.paths) {
    const rule = BY_PATH.find((candidate) => candidate.pattern.test(path));
    if (rule !== undefined) add(rule.kind, rule.zh, rule.en, path);
    else if (/^xl\/drawings\/[^/]+\.xml$/.test(path) && DROPPED_DRAWING.test((await pkg.text(path)) ?? "")) {
      add("shape", "图形、文本框或嵌入图表", "shapes, text boxes or placed charts", path);
    }
  }
  for (const sheet of pkg.sheets) {
    const declared = pkg.declaredSize(sheet.path);
    if (declared === null || declared > 50_000_000) continue;
    if (SPARKLINES.test((await pkg.text(sheet.path)) ?? "")) add("sparkline", "迷你图", "sparklines", sheet.path);
  }
  return [...found.values()];
}
