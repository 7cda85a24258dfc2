/**
 * The application layer: each step of the product composed once, over a WorkbookPort, for every front.
 *
 * Convention
 * - One use case per file, named after it, taking the port first (when it needs the workbook) and a request object:
 *   checkWorkbook (step 1), computeProgress (step 2), planLedger and writeLedger (step 3), readDivisionDocument,
 *   importDivisionText and createTaskSheet (import), rememberAssignments (the 对应记录 for next month), readLedgerSettings (saved → 设置 sheet → --settings). Pure
 *   compositions the use cases share live beside them (ledgerSheets).
 * - A use case reads the workbook at most once (readAllSheets) and accepts the sheets already read, so a front
 *   running several steps passes them on.
 * - Expected failures are values (Problem, Result); the port's expected refusals are PortRefusal (code, zh, en).
 * - Fronts are adapters: the command line (src/cli/commands) turns arguments into a request and the outcome into
 *   lines, JSON and files; the task pane's services (src/taskpane/services) turn React state into a request.
 *   Neither composes domain functions itself.
 * - Each use case is tested in test/app against the in-memory port (test/app/memoryWorkbook.ts).
 * A new capability (report templates, supervision notices, checks on outputs) is a new file here, then one thin
 * adapter per front.
 */
export { checkWorkbook } from "./checkWorkbook";
export { computeProgress } from "./computeProgress";
export { createTaskSheet } from "./createTaskSheet";
export { importDivisionText } from "./importDivisionText";
export { ledgerSheets } from "./ledgerSheets";
export { planLedger } from "./planLedger";
export { prepareProgress } from "./prepareProgress";
export { readDivisionDocument } from "./readDivisionDocument";
export { readLedgerSettings } from "./readLedgerSettings";
export { rememberAssignments } from "./rememberAssignments";
export { suggestTaskSheet } from "./suggestTaskSheet";
export { writeLedger } from "./writeLedger";
