import { link, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileIdentity } from "../../src/cli/fileIdentity";
import { temporaryFolders } from "../temporaryFolders";

const temporaryFolder = temporaryFolders();

describe("fileIdentity", () => {
  it("is the same for a file, a symbolic link and a hard link to it, different for another file, null for nothing", async () => {
    const folder = temporaryFolder("identity-");
    const file = join(folder, "台账.xlsx");
    await writeFile(file, "a");
    await writeFile(join(folder, "另一个.xlsx"), "a");
    await symlink(file, join(folder, "链接.xlsx"));
    await link(file, join(folder, "硬链接.xlsx"));
    const own = await fileIdentity(file);
    expect(own).toMatch(/^\d+:\d+$/);
    expect(await fileIdentity(join(folder, ".", "台账.xlsx"))).toBe(own);
    expect(await fileIdentity(join(folder, "链接.xlsx"))).toBe(own);
    expect(await fileIdentity(join(folder, "硬链接.xlsx"))).toBe(own);
    expect(await fileIdentity(join(folder, "另一个.xlsx"))).not.toBe(own);
    expect(await fileIdentity(join(folder, "没有.xlsx"))).toBeNull();
  });
});
