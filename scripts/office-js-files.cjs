// Which files of the @microsoft/office-js package the add-in serves from dist/office-js/. The package holds every
// Office host (Outlook, Word, PowerPoint, OneNote, Project, Access), 141 locales and a debug copy of each file: 80 MB.
// Excel needs office.js, the table that maps a host to its file (o15apptofilemappingtable.js), Excel's own files for
// each platform (excel-*.js, excelwebapp-*.js, excelios-*.js), the telemetry and sign-in scripts those files load, and
// the strings of the languages a Chinese office runs Excel in. Microsoft's licence terms go with them (LICENSE.md).
// Used by webpack.config.js and checked by test/build/officeJsFiles.test.ts.
"use strict";

/** Languages whose office_strings.js are kept: simplified Chinese, traditional Chinese (Taiwan, Hong Kong), English. */
const OFFICE_JS_LOCALES = ["zh-cn", "zh-tw", "zh-hk", "en-us"];

/** Folders of scripts that Excel's files load at run time (telemetry, sign-in). */
const SUPPORT_FOLDERS = ["telemetry", "ariatelemetry", "webauth"];

/**
 * Whether a file of the package's dist/ folder (path relative to it, "/" separators) is copied for Excel.
 * @example isOfficeJsFileForExcel("excel-win32-16.01.js") // true
 * @example isOfficeJsFileForExcel("word-win32-16.01.js") // false
 */
function isOfficeJsFileForExcel(relativePath) {
  const parts = relativePath.replace(/\\/g, "/").split("/");
  const name = parts[parts.length - 1];
  if (/\.debug\.js$/i.test(name) || name.endsWith(".d.ts") || name.endsWith("vsdoc.js")) return false;
  if (parts.length === 1) {
    return /^(office|o15apptofilemappingtable|es6-promise)\.js$/i.test(name) || /^excel(webapp|ios)?-[\w.-]+\.js$/i.test(name);
  }
  if (parts.length === 2 && OFFICE_JS_LOCALES.includes(parts[0].toLowerCase())) return name === "office_strings.js";
  return SUPPORT_FOLDERS.includes(parts[0].toLowerCase()) && name.endsWith(".js");
}

module.exports = { OFFICE_JS_LOCALES, isOfficeJsFileForExcel };
