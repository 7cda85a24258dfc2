import JSZip from "jszip";

/**
 * Files packed into one .zip (the report templates or notices the page and the pane download at once).
 * @example await zipFiles([{ name: "省经委-2007年1-10月进展填报表.xlsx", bytes }]) // Uint8Array of a .zip
 */
export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
