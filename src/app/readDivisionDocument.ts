import type { Problem } from "../domain/problem";
import { decodeTextBytes } from "../workbook/decodeTextBytes";
import { readDocxText } from "../workbook/docx/readDocxText";
import { PortRefusal } from "../workbook/portRefusal";

/** The text of a division document, or null with the problem saying why and what to do. */
export interface DivisionDocument {
  text: string | null;
  problems: Problem[];
}

function unreadable(file: string, message: string, messageEn: string): DivisionDocument {
  return { text: null, problems: [{ code: "unreadable-file", severity: "error", file, message, messageEn }] };
}

/**
 * Import, read: the text of a division document from its bytes — a .docx (also when only its bytes say so) with
 * mammoth, a .txt decoded (UTF-8, UTF-16 or GB18030 as Chinese Windows saves it). An old .doc or WPS file and a PDF
 * are refused with what to do; any other file is read as text with `anyAsText` (the command line), else refused
 * (the pane, which offers .txt and .docx).
 * @example await readDivisionDocument("分工方案.docx", bytes) // { text: "一、…", problems: [] }
 */
export async function readDivisionDocument(fileName: string, bytes: Uint8Array, options: { anyAsText?: boolean } = {}): Promise<DivisionDocument> {
  const extension = (/\.([^.\\/]+)$/.exec(fileName)?.[1] ?? "").toLowerCase();
  if (extension === "doc" || extension === "wps") {
    return unreadable(fileName, `“${fileName}”是旧版 Word (.doc) 或 WPS 文档，请在 Word 或 WPS 中另存为 .docx 后再导入。`, `"${fileName}" is an old Word (.doc) or WPS document; save it as .docx and import that.`);
  }
  if (extension === "pdf") {
    return unreadable(fileName, `不能直接读取 PDF“${fileName}”：请把正文复制到 .txt 文件（换行可保留）后再导入。`, `Cannot read the PDF "${fileName}" directly; copy its text into a .txt file (line breaks may stay) and import that.`);
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return unreadable(
      fileName,
      `“${fileName}”是加密的文档，或旧版 Word (.doc) / WPS 文档：请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入。`,
      `"${fileName}" is an encrypted document, or an old Word (.doc) / WPS one: remove the password in Word or WPS, save it as .docx and import that.`,
    );
  }
  if (extension === "docx" || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    try {
      return { text: await readDocxText(bytes), problems: [] };
    } catch (error) {
      if (!(error instanceof PortRefusal)) throw error;
      return unreadable(fileName, `文件“${fileName}”${error.problem.message}`, `"${fileName}": ${error.problem.messageEn}`);
    }
  }
  if (extension === "txt" || extension === "text" || options.anyAsText === true) return { text: decodeTextBytes(bytes), problems: [] };
  return unreadable(
    fileName,
    `文件“${fileName}”不是 .txt 或 .docx 文件。旧版 Word (.doc) 和 WPS 文件请先“另存为” .docx；PDF 请复制其中的文字粘贴到这里。`,
    `"${fileName}" is not a .txt or .docx file. Save old Word (.doc) and WPS files as .docx first; for a PDF, copy its text and paste it here.`,
  );
}
