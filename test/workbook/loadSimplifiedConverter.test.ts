import { loadSimplifiedConverter } from "../../src/workbook/text/loadSimplifiedConverter";

describe("loadSimplifiedConverter", () => {
  it("converts every unit name of traditional documents (科學技術廳, 重慶, 檔案局, 綏芬河)", async () => {
    const toSimplified = await loadSimplifiedConverter();
    expect(toSimplified("省科學技術廳、重慶市檔案局、綏芬河市政府、省農墾總局")).toBe("省科学技术厅、重庆市档案局、绥芬河市政府、省农垦总局");
  });

  it("loads once", async () => {
    expect(await loadSimplifiedConverter()).toBe(await loadSimplifiedConverter());
  });
});
