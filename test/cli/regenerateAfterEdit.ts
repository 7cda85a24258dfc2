import ExcelJS from "exceljs";
import { join } from "node:path";
import { runBuild as runBuildCommand } from "../../src/cli/commands/build";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";

/** Every build below checks that the files it read have the same SHA-256 after the run. */
const runBuild = keepingInputs(runBuildCommand);

const ROOT = join(__dirname, "..", "..");
/** The bundled 2007 sample (examples/工业项目年2007.xlsx) and its departments' progress files. */
export const SAMPLE = join(ROOT, "examples", "工业项目年2007.xlsx");
const PROGRESS = join(ROOT, "examples", "progress");

/**
 * A clerk's month on the bundled 2007 sample: October's ledger built into `folder`, edited by hand (`edit` gets the
 * sheet 台账 2007-10) and saved as a copy, then November's ledger built from that copy. Returns the November workbook.
 * @example const november = await regenerateAfterEdit(folder, (ledger) => { ledger.getCell(5, 12).value = "张科长"; });
 */
export async function regenerateAfterEdit(folder: string, edit: (october: ExcelJS.Worksheet) => void): Promise<ExcelJS.Workbook> {
  const october = join(folder, "10月.xlsx");
  expect(await runBuild([SAMPLE, "--progress", PROGRESS, "--as-of", "2007-10-31", "--out", october], captureIO())).toBe(0);
  const edited = new ExcelJS.Workbook();
  await edited.xlsx.readFile(october);
  const ledger = edited.getWorksheet("台账 2007-10");
  if (!ledger) throw new Error("no October ledger");
  edit(ledger);
  const editedPath = join(folder, "10月-已批注.xlsx");
  await edited.xlsx.writeFile(editedPath);
  const novemberPath = join(folder, "11月.xlsx");
  expect([0, 1]).toContain(await runBuild([editedPath, "--progress", PROGRESS, "--as-of", "2007-11-30", "--out", novemberPath], captureIO()));
  const november = new ExcelJS.Workbook();
  await november.xlsx.readFile(novemberPath);
  return november;
}
