import { link, mkdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main";
import { BAD_INPUTS, type BadInput } from "../fixtures/bad/badInputs";
import { captureIO } from "./captureIO";
import { hashInputs } from "./inputHashes";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

/** What a stack trace looks like in output: "    at fn (file.js:12:5)". */
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

async function layOut(folder: string, files: BadInput["files"]): Promise<void> {
  for (const [name, spec] of Object.entries(files)) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    if (typeof spec === "function") await writeFile(path, await spec());
    else if ("folder" in spec) await mkdir(path, { recursive: true });
    else if ("symlink" in spec) await symlink(spec.symlink, path);
    else await link(join(folder, spec.hardlink), path);
  }
}

describe("the command line on bad inputs (test/fixtures/bad)", () => {
  it("has at least 60 of them", () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(BAD_INPUTS.map((input) => [input.name, input] as const))("%s", async (_name, input) => {
    const folder = temporaryFolder("bad-");
    await layOut(folder, input.files);
    const argv = input.argv.map((arg) => (arg.startsWith("@") ? join(folder, arg.slice(1)) : arg));
    const before = await hashInputs([folder]);
    const io = captureIO();
    const code = await main(argv, io);
    const output = [...io.stdout, ...io.stderr].join("\n");
    expect(`exit ${code}\n${output}`).toMatch(new RegExp(`^exit ${input.exit}\n`));
    if (input.code !== undefined) expect(output).toContain(`  ${input.code}  `);
    if (input.says !== undefined) expect(output).toMatch(input.says);
    expect(output).not.toMatch(STACK_LINE);
    expect(output).not.toMatch(/TypeError|ReferenceError|RangeError|Cannot read properties/);
    const after = await hashInputs([...before.keys()]);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
  }, 60_000);
});
