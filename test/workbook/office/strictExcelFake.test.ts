import { strictExcel } from "./strictExcelFake";

/** The fake itself refuses what Excel refuses (so the Office tests built on it can fail). */
describe("strict fake of Excel", () => {
  it("throws PropertyNotLoaded on a property read before load and sync", async () => {
    const excel = strictExcel();
    excel.workbook.addSheet("分工方案", { rows: [["序号", "工作任务"]] });
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("分工方案");
        // The mistake the fake must catch: reading without load and sync.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        return sheet.name;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("分工方案");
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("分工方案");
  });

  it("applies Excel's sheet-name rules: 31 characters, []:*?/\\, duplicates ignoring case, missing sheets", async () => {
    const excel = strictExcel();
    excel.workbook.addSheet("Sheet1");
    const add = (name: string) => excel.run(async (context) => void context.workbook.worksheets.add(name));
    await expect(add("台账/2009-10")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("sheet1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(excel.run(async (context) => void context.workbook.worksheets.getItem("台账 2009-10").activate())).rejects.toMatchObject({ code: "ItemNotFound" });
    await add("台账 2009-10");
    expect(excel.workbook.names).toEqual(["Sheet1", "台账 2009-10"]);
  });

  it("fails an API above the configured requirement set with ApiNotFound", async () => {
    const excel = strictExcel({ apiVersion: "1.8" });
    excel.workbook.addSheet("分工方案");
    await expect(excel.run(async (context) => void (context.workbook.worksheets.getItem("分工方案").pageLayout.orientation = "Landscape"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    expect(excel.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(excel.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("fails merged-area reads above 512 areas, and reads the areas whose top-left cell is in the range", async () => {
    const excel = strictExcel();
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    excel.workbook.addSheet("分工方案", { rows: merges.map((_, i) => [`第${i + 1}项`, null]), merges });
    const read = (rows: number) =>
      excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("分工方案").getRangeByIndexes(0, 0, rows, 2).getMergedAreasOrNullObject();
        areas.load("areaCount");
        await context.sync();
        return areas.areaCount;
      });
    await expect(read(600)).rejects.toMatchObject({ code: "GeneralException" });
    expect(await read(300)).toBe(300);
  });

  it("enforces the payload limit in UTF-8 bytes (a Chinese character is 3 bytes)", async () => {
    const excel = strictExcel({ payloadLimit: 1000 });
    excel.workbook.addSheet("分工方案");
    const write = (text: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("分工方案").getRangeByIndexes(0, 0, 1, 1).values = [[text]];
      });
    await write("耕".repeat(300)); // 900 bytes
    await expect(write("耕".repeat(340))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("fails a chosen sync, and every batch in cell-edit mode unless delayed", async () => {
    const excel = strictExcel({ failSync: { at: 2, code: "GeneralException" } });
    excel.workbook.addSheet("分工方案");
    const touch = () => excel.run(async (context) => void context.workbook.worksheets.getItem("分工方案").activate());
    await touch();
    await expect(touch()).rejects.toMatchObject({ code: "GeneralException" });
    await touch();
    const editing = strictExcel({ cellEditMode: true });
    editing.workbook.addSheet("分工方案");
    await expect(editing.run(async (context) => void context.workbook.worksheets.getItem("分工方案").activate())).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    await editing.run({ delayForCellEdit: true }, async (context) => void context.workbook.worksheets.getItem("分工方案").activate());
  });
});
