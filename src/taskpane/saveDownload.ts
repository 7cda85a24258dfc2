import type { WorkbookDownload } from "./services/ledgerService";

/**
 * Hand a workbook (or a .zip of files) to the browser as a download (the standalone page's "save").
 * @example saveDownload({ fileName: "分工方案（督查台账）.xlsx", bytes })
 */
export function saveDownload(download: WorkbookDownload): void {
  const type = download.fileName.endsWith(".zip") ? "application/zip" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const blob = new Blob([download.bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = download.fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
