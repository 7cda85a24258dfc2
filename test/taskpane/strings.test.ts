import { en } from "../../src/taskpane/strings/en";
import { zh } from "../../src/taskpane/strings/zh";
import { languageFromLocale } from "../../src/taskpane/strings/languageFromLocale";
import { stringsFor } from "../../src/taskpane/strings/stringsFor";

/** Every key path of a strings module, with the kind of its value ("string", "function", "object"). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [`${prefix}:${typeof value}`];
  return Object.keys(value as Record<string, unknown>)
    .sort()
    .flatMap((key) => keyPaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

/** Every leaf string, and every function's result for sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (...args: unknown[]) => unknown)(3, "分工方案", 2))];
  if (value && typeof value === "object") return Object.values(value as Record<string, unknown>).flatMap(texts);
  return [];
}

describe("strings", () => {
  test("the English module has exactly the keys of the Chinese one, with the same kinds of value", () => {
    expect(keyPaths(en)).toEqual(keyPaths(zh));
    expect(keyPaths(zh).length).toBeGreaterThan(100);
  });

  test("no string is empty, and English strings are not left in Chinese", () => {
    for (const text of texts(zh)) expect(text.trim()).not.toBe("");
    // Chinese may appear in English strings only as quoted examples or data (sheet names, department names).
    const allowed = /中文|任务分解表|分工方案|部门名录|一、|耕地保有量保持在553万公顷|省国土资源厅牵头|对应记录|〈年-月〉/;
    for (const text of texts(en)) {
      expect(text.trim()).not.toBe("");
      const stripped = text.replace(new RegExp(allowed.source, "g"), "").replace(/[“”（）。，、：；…]/g, "");
      expect({ text, chinese: /[\u4e00-\u9fff]/.test(stripped) }).toEqual({ text, chinese: false });
    }
  });

  test("the functions of both languages fill in their arguments", () => {
    expect(zh.check.summary(55, "分工方案", 3)).toBe("从工作表“分工方案”（表头第3行）读取任务 55 项。");
    expect(en.check.summary(55, "分工方案", 3)).toBe('Read 55 tasks from sheet "分工方案" (header in row 3).');
    expect(zh.check.problemCount(2, 1)).toBe("错误 2 个，警告 1 个");
    expect(en.importText.replaceBody("任务分解表")).toContain('"任务分解表"');
  });

  test("the language follows Office's display language or the browser's: English for en-*, Chinese otherwise", () => {
    expect(languageFromLocale("en-US")).toBe("en");
    expect(languageFromLocale("EN-gb")).toBe("en");
    expect(languageFromLocale("zh-CN")).toBe("zh");
    expect(languageFromLocale("zh-TW")).toBe("zh");
    expect(languageFromLocale("fr-FR")).toBe("zh");
    expect(languageFromLocale("")).toBe("zh");
    expect(languageFromLocale(undefined)).toBe("zh");
    expect(stringsFor("en")).toBe(en);
    expect(stringsFor("zh")).toBe(zh);
  });
});
