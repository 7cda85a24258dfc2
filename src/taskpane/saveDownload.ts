import type { WorkbookDownload } from "./services/ledgerService";

/**
 * Hand a workbook to the browser as a download (the standalone page's "save").
 * @example saveDownload({ fileName: "分工方案（督查台账）.xlsx", bytes })
 */
export function saveDownload(download: WorkbookDownload): void {
  const blob = new Blob([download.bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
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
