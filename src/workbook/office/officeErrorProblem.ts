import type { Problem } from "../../domain/problem";

/** What the clerk reads for each Excel error code, and what to do about it. */
const MESSAGES: Record<string, { message: string; messageEn: string }> = {
  InvalidOperationInCellEditMode: {
    message: "Excel 正处于单元格编辑状态，无法操作工作簿。请按 Enter 或 Esc 结束编辑后重试。",
    messageEn: "Excel is editing a cell and cannot change the workbook. Press Enter or Esc to finish editing, then try again.",
  },
  ItemNotFound: {
    message: "找不到要读取或写入的工作表（可能刚被改名或删除）。请回到第 1 步重新检查，再继续。",
    messageEn: "A sheet to read or write was not found (it may have just been renamed or deleted). Go back to step 1, check again, then continue.",
  },
  ItemAlreadyExists: {
    message: "工作簿中已有同名工作表。请在“设置”中换一个表名，或先删除、改名那张表后重试。",
    messageEn: "The workbook already has a sheet of that name. Choose another name under 设置 (Settings), or rename or delete that sheet, then try again.",
  },
  InvalidArgument: {
    message: "Excel 拒绝了这次操作的参数（例如工作表名含有 [ ] : * ? / \\ 或超过 31 个字符）。请在“设置”中检查表名后重试。",
    messageEn: "Excel refused an argument (for example a sheet name with [ ] : * ? / \\ or longer than 31 characters). Check the sheet names under 设置 (Settings) and try again.",
  },
  ApiNotFound: {
    message: "此版本的 Excel 不支持本加载项需要的功能。请升级到 Excel 2021 或 Microsoft 365，或改用独立网页版（standalone.html）处理该文件。",
    messageEn: "This version of Excel lacks a feature the add-in needs. Update to Excel 2021 or Microsoft 365, or use the standalone page (standalone.html) with the file.",
  },
  RequestPayloadSizeLimitExceeded: {
    message: "一次写入的数据超过了 Excel 的上限（网页版约 5 MB）。请减少任务数或分批处理；也可改用独立网页版处理该文件。",
    messageEn: "More data was sent at once than Excel allows (about 5 MB in Excel on the web). Process fewer tasks at a time, or use the standalone page with the file.",
  },
  ResponsePayloadSizeLimitExceeded: {
    message: "一次读取的数据超过了 Excel 的上限（网页版约 5 MB）。请删去工作簿中不需要的大表，或改用独立网页版处理该文件。",
    messageEn: "More data was read at once than Excel allows (about 5 MB in Excel on the web). Remove large sheets the ledger does not need, or use the standalone page with the file.",
  },
  AccessDenied: {
    message: "工作簿结构或工作表受保护，无法新建、删除或改写工作表。请在“审阅”选项卡中撤销工作簿或工作表保护后重试。",
    messageEn: "The workbook's structure or the sheet is protected, so sheets cannot be added, deleted or changed. Unprotect them on the Review tab (审阅), then try again.",
  },
  GeneralException: {
    message: "Excel 内部出错，操作未完成，原有工作表未被改动。请保存工作簿、关闭并重新打开 Excel 后重试；若仍出错，请在“设置 → 自检”中运行自检并把报告发给管理员。",
    messageEn: "Excel hit an internal error; the operation did not complete and existing sheets were left as they were. Save, close and reopen Excel, then try again; if it persists, run 设置 → 自检 (Settings → Self-test) and send the report to your administrator.",
  },
};

/** Codes that mean the same to the clerk. */
const SAME_AS: Record<string, string> = {
  InvalidReference: "ItemNotFound",
  InvalidOperation: "GeneralException",
  RequestAborted: "GeneralException",
  RangeExceedsLimit: "ResponsePayloadSizeLimitExceeded",
  OperationCellsExceedLimit: "RequestPayloadSizeLimitExceeded",
  Conflict: "GeneralException",
};

/**
 * An Excel JavaScript API error as a Problem for the clerk, chosen by its `code` (Excel.ErrorCodes, which are not
 * localised): the reference says `error.message` is not meant for end users ("Error handling with the
 * application-specific JavaScript APIs", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * so the Chinese and English texts here say what happened and what to do; Excel's own code and message are kept in
 * `suggestion` for the self-test report and the administrator. Null when `error` carries no Excel code.
 * @example officeErrorProblem({ code: "InvalidOperationInCellEditMode", message: "…" })?.code // "excel-invalid-operation-in-cell-edit-mode"
 */
export function officeErrorProblem(error: unknown): Problem | null {
  const code = typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : null;
  if (code === null || code === "" || /^[a-z]+(-[a-z]+)*$/.test(code)) return null;
  const known = MESSAGES[code] ?? MESSAGES[SAME_AS[code] ?? ""] ?? MESSAGES.GeneralException;
  const original = (error as { message?: unknown }).message;
  return {
    code: `excel-${kebab(SAME_AS[code] ?? (MESSAGES[code] ? code : "GeneralException"))}`,
    severity: "error",
    message: known.message,
    messageEn: known.messageEn,
    suggestion: `Excel: ${code}${typeof original === "string" && original !== "" ? ` — ${original}` : ""}`,
  };
}

function kebab(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}
