import { readDepartmentList } from "../../../src/domain/responsibility/readDepartmentList";

// Lists quoted from the division corpus (test/fixtures/corpus/divisions) and the shapes.
describe("readDepartmentList", () => {
  it("keeps 各区、县级市 and 各有关区、县级市 whole: 县级市 cannot stand as a unit alone (广州 2012)", () => {
    expect(readDepartmentList("市委组织部、市人力资源和社会保障局，各区、县级市").names).toEqual(["市委组织部", "市人力资源和社会保障局", "各区、县级市"]);
    expect(readDepartmentList("市科协，各有关区、县级市").names).toEqual(["市科协", "各有关区、县级市"]);
    expect(readDepartmentList("各区、县级市人民政府").names).toEqual(["各区、县级市人民政府"]);
  });

  it("splits two placeholders that can each stand alone (立山 2023: 各街道、区直各部门)", () => {
    expect(readDepartmentList("立山经济开发区,各街道、区直各部门").names).toEqual(["立山经济开发区", "各街道", "区直各部门"]);
  });

  it("splits two placeholders joined by 及, each a unit of its own (咸阳 2022), but keeps 各有关部门和单位 one placeholder", () => {
    expect(readDepartmentList("市级各有关部门及各县市区政府").names).toEqual(["市级各有关部门", "各县市区政府"]);
    expect(readDepartmentList("各有关部门和单位").names).toEqual(["各有关部门和单位"]);
    expect(readDepartmentList("有关单位及其他部门").names).toEqual(["有关单位及其他部门"]);
  });

  it("carries the 市 prefix of the first unit to the bare names after it, marked inferred (广州 2006)", () => {
    const list = readDepartmentList("市发改委、国土房管局、外经贸局、规划局");
    expect(list.names).toEqual(["市发改委", "市国土房管局", "市外经贸局", "市规划局"]);
    expect(list.inferred).toEqual(["市国土房管局", "市外经贸局", "市规划局"]);
    expect(readDepartmentList("省发展改革委、科技厅、财政厅").names).toEqual(["省发展改革委", "省科技厅", "省财政厅"]);
  });

  it("carries the 省 prefix onto agencies whose function words hold a place character, and onto 地方金融监管局 (河南 2023)", () => {
    const list = readDepartmentList("省商务厅、财政厅、住房城乡建设厅、市场监管局、乡村振兴局、地方金融监管局、人行郑州中心支行、河南银保监局");
    expect(list.names).toEqual(["省商务厅", "省财政厅", "省住房城乡建设厅", "省市场监管局", "省乡村振兴局", "省地方金融监管局", "人行郑州中心支行", "河南银保监局"]);
    expect(list.inferred).toEqual(["省财政厅", "省住房城乡建设厅", "省市场监管局", "省乡村振兴局", "省地方金融监管局"]);
  });

  it("carries no prefix onto a name with its own place, a placeholder or after a placeholder", () => {
    const list = readDepartmentList("市经贸委、国土房管局、规划局、黄埔区政府、南沙区政府");
    expect(list.names).toEqual(["市经贸委", "市国土房管局", "市规划局", "黄埔区政府", "南沙区政府"]);
    expect(readDepartmentList("市工商局、市金融办、团市委").names).toEqual(["市工商局", "市金融办", "团市委"]);
    expect(readDepartmentList("立山经济开发区,各街道,税务局").names).toEqual(["立山经济开发区", "各街道", "税务局"]);
    expect(readDepartmentList("区经发集团,相关乡镇办").names).toEqual(["区经发集团", "相关乡镇办"]);
    expect(readDepartmentList("市发改委").inferred).toEqual([]);
  });

  it("drops generic tails: A、B等有关部门和单位; A、B等和各省级人民政府", () => {
    expect(readDepartmentList("发展改革委、财政部等有关部门和单位").names).toEqual(["发展改革委", "财政部"]);
    expect(readDepartmentList("发展改革委、财政部等和各省级人民政府").names).toEqual(["发展改革委", "财政部", "各省级人民政府"]);
  });

  it("splits names run together without separators and says so", () => {
    const list = readDepartmentList("省经委省发展改革委省统计局");
    expect(list.names).toEqual(["省经委", "省发展改革委", "省统计局"]);
    expect(list.runTogether).toEqual([{ written: "省经委省发展改革委省统计局", parts: ["省经委", "省发展改革委", "省统计局"] }]);
    expect(readDepartmentList("市生态环境局咸安分局").names).toEqual(["市生态环境局咸安分局"]);
    expect(readDepartmentList("市委组织部").runTogether).toEqual([]);
  });

  it("keeps a run-together name the roster knows as one unit", () => {
    expect(readDepartmentList("区委区政府", (name) => name === "区委区政府").names).toEqual(["区委区政府"]);
  });

  it("keeps 和 inside a name and distributes a shared government suffix (003)", () => {
    expect(readDepartmentList("区自然资源和规划局、区林业局").names).toEqual(["区自然资源和规划局", "区林业局"]);
    expect(readDepartmentList("省发展改革委和延边州、通化市、白山市政府").names).toEqual(["省发展改革委", "延边州政府", "通化市政府", "白山市政府"]);
  });
});
