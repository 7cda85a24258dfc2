import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runCheck as runCheckCommand } from "../../src/cli/commands/check";
import { DIVISION_2011_TASKS } from "../fixtures/division2011";
import { captureIO } from "./captureIO";
import { keepingInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** Every command below checks that the files it read have the same SHA-256 after the run. */
const runCheck = keepingInputs(runCheckCommand);

interface ReportJson {
  tasks: { title: string; category: string; leads: string[]; supporting: string[]; responsibility: string; source: { row: number } }[];
  problems: { code: string; severity: string; cell?: string }[];
}

const compact = (text: string) => text.replace(/[\s\u3000]+/g, "");

describe("progress-ledger check on the bundled examples/分工方案2011.xlsx (the real 2011 division document)", () => {
  let report: ReportJson;
  let exitCode: number;

  beforeAll(async () => {
    const folder = temporaryFolder("division-");
    exitCode = await runCheck([join(__dirname, "..", "..", "examples", "分工方案2011.xlsx"), "--json", join(folder, "r.json")], captureIO());
    report = JSON.parse(await readFile(join(folder, "r.json"), "utf8")) as ReportJson;
  });

  it("reads all 146 tasks and finds no error", () => {
    expect(report.tasks).toHaveLength(DIVISION_2011_TASKS.length);
    expect(exitCode).toBe(0);
  });

  it.each(DIVISION_2011_TASKS.map((expected, index) => [index + 1, expected.responsibilityText, expected] as const))(
    "task %i （%s）: leads, supporting departments and kind as the document states them",
    (number, _text, expected) => {
      const task = report.tasks[number - 1];
      expect(compact(task.title).startsWith(compact(expected.titleStart))).toBe(true);
      expect({ leads: task.leads, supporting: task.supporting, kind: task.responsibility }).toEqual({
        leads: expected.leads,
        supporting: expected.supporting,
        kind: expected.kind,
      });
    },
  );

  it("reports only what the document really has: its four 按职责分工负责 tasks", () => {
    expect(report.problems.map((problem) => problem.code)).toEqual(["joint-responsibility", "joint-responsibility", "joint-responsibility", "joint-responsibility"]);
    const jointRows = DIVISION_2011_TASKS.map((task, index) => (task.kind === "joint" ? report.tasks[index].source.row : null)).filter((row) => row !== null);
    expect(report.problems.map((problem) => Number(problem.cell?.slice(1)))).toEqual(jointRows);
  });
});
