import { documentLevel } from "../../../src/domain/import/documentLevel";

describe("documentLevel", () => {
  it("reads the level of the issuer named in the opening", () => {
    expect(documentLevel("鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号")).toBe("区");
    expect(documentLevel("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知")).toBe("省");
    expect(documentLevel("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知")).toBe("县");
  });

  it("is null when the opening names no issuer", () => {
    expect(documentLevel("关于推进人才集聚工程的实施意见")).toBeNull();
  });
});
