import { PortRefusal } from "../portRefusal";

type Mammoth = typeof import("mammoth");

let loading: Promise<Mammoth> | null = null;

/** Load mammoth on first use (a lazy chunk in the browser bundle). */
function loadMammoth(): Promise<Mammoth> {
  if (!loading) {
    loading = import(/* webpackChunkName: "mammoth" */ "mammoth").then((mod) => {
      const namespace = mod as unknown as Mammoth & { default?: Mammoth };
      return typeof namespace.extractRawText === "function" ? namespace : (namespace.default as Mammoth);
    });
  }
  return loading;
}

/**
 * The text of a Word document (.docx), one paragraph per line with a blank line between paragraphs, read
 * with mammoth (loaded lazily). Works in Node and in browsers. Rejects with a PortRefusal "unreadable-file" (Chinese and English) when the
 * bytes are not a .docx (an old .doc, a renamed file).
 * @example const text = await readDocxText(await file.arrayBuffer()); importDivisionText(text, { file: file.name })
 */
export async function readDocxText(buffer: ArrayBuffer | Uint8Array): Promise<string> {
  const mammoth = await loadMammoth();
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; JSZip takes either form.
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  try {
    const result = await mammoth.extractRawText(input);
    return result.value.replace(/\r\n?/g, "\n");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PortRefusal({
      code: "unreadable-file",
      severity: "error",
      message: `无法读取 Word 文档（${reason}）：请确认是 .docx 格式（旧的 .doc 请在 Word 或 WPS 中另存为 .docx）。`,
      messageEn: `Cannot read the Word document (${reason}); make sure it is a .docx (save an old .doc as .docx in Word or WPS).`,
    });
  }
}
