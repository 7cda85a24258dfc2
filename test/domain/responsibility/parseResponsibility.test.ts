import { parseResponsibility } from "../../../src/domain/responsibility/parseResponsibility";

// Every bracket shape of the division document 003 (吉林省“十二五”规划纲要主要目标和任务分工), quoted as written.
describe("parseResponsibility — the bracket shapes of 003", () => {
  it("reads （省国土资源厅牵头） as a single lead", () => {
    const parsed = parseResponsibility("（省国土资源厅牵头）");
    expect(parsed).toEqual({
      leads: ["省国土资源厅"],
      supporting: [],
      kind: "lead",
      departments: ["省国土资源厅"],
      leaders: [],
      inferred: [],
      levels: [],
      unmarkedList: false,
      conventionNote: null,
      problems: [],
    });
  });

  it("reads a bracket preceded by a stray space and followed by 。 (line 26)", () => {
    const parsed = parseResponsibility(" （省发展改革委牵头）。");
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.kind).toBe("lead");
  });

  it("reads …等部门按职责分工负责 as joint responsibility without a lead, dropping 等部门", () => {
    const parsed = parseResponsibility("（省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅等部门按职责分工负责）");
    expect(parsed.kind).toBe("joint");
    expect(parsed.leads).toEqual([]);
    expect(parsed.supporting).toEqual(["省水利厅", "省发展改革委", "省工业信息化厅", "省住房城乡建设厅"]);
  });

  it("reads two departments 按职责分工负责 as joint (城乡三项基本医疗保险参保率)", () => {
    const parsed = parseResponsibility("（省人力资源社会保障厅、省卫生厅按职责分工负责）");
    expect(parsed.kind).toBe("joint");
    expect(parsed.leads).toEqual([]);
    expect(parsed.supporting).toEqual(["省人力资源社会保障厅", "省卫生厅"]);
    expect(parseResponsibility("（省地震局、省气象局按职责分工负责）").kind).toBe("joint");
    expect(parseResponsibility("（省食安办、省食品药品监管局按职责分工负责）").supporting).toEqual(["省食安办", "省食品药品监管局"]);
  });

  it("reads the note 列第一位者为牵头部门，下同 inside the first 负责 bracket and applies it there", () => {
    const parsed = parseResponsibility("（省发展改革委、省农委、省财政厅、省国土资源厅、省水利厅、省农发办、省气象局负责。列第一位者为牵头部门，下同）");
    expect(parsed.conventionNote).toEqual({ firstListedLeads: true, appliesToRest: true, exceptRespective: false });
    expect(parsed.kind).toBe("lead");
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.supporting).toEqual(["省农委", "省财政厅", "省国土资源厅", "省水利厅", "省农发办", "省气象局"]);
    expect(parsed.departments).toHaveLength(7);
  });

  it("gives a later 负责 list its first department as lead when the rule is in force, and no lead when it is not", () => {
    const inForce = parseResponsibility("（省国土资源厅、省农委负责）", { firstListedLeads: true });
    expect(inForce.leads).toEqual(["省国土资源厅"]);
    expect(inForce.supporting).toEqual(["省农委"]);
    expect(inForce.conventionNote).toBeNull();
    const without = parseResponsibility("（省国土资源厅、省农委负责）");
    expect(without.leads).toEqual([]);
    expect(without.supporting).toEqual(["省国土资源厅", "省农委"]);
    expect(without.kind).toBe("lead");
  });

  it("keeps 各市 （州）政府 as one entry, with the stray space of the document", () => {
    const parsed = parseResponsibility("（省发展改革委、省住房城乡建设厅、各市 （州）政府负责）", { firstListedLeads: true });
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.supporting).toEqual(["省住房城乡建设厅", "各市（州）政府"]);
  });

  it("distributes 政府 over 长春市、吉林市 after 和 (加快推进长吉一体化进程)", () => {
    const parsed = parseResponsibility("（省发展改革委、省住房城乡建设厅和长春市、吉林市政府负责）", { firstListedLeads: true });
    expect(parsed.departments).toEqual(["省发展改革委", "省住房城乡建设厅", "长春市政府", "吉林市政府"]);
    expect(parsed.leads).toEqual(["省发展改革委"]);
  });

  it("distributes 政府 over 延边州、通化市、白山市 and over the five cities of the 中部城市群", () => {
    expect(parseResponsibility("（省发展改革委和延边州、通化市、白山市政府负责）", { firstListedLeads: true }).supporting).toEqual([
      "延边州政府",
      "通化市政府",
      "白山市政府",
    ]);
    const central = parseResponsibility("（省发展改革委和长春市、吉林市、四平市、辽源市、松原市政府负责）", { firstListedLeads: true });
    expect(central.leads).toEqual(["省发展改革委"]);
    expect(central.supporting).toEqual(["长春市政府", "吉林市政府", "四平市政府", "辽源市政府", "松原市政府"]);
    expect(parseResponsibility("（省发展改革委和白城市政府负责）", { firstListedLeads: true }).supporting).toEqual(["白城市政府"]);
  });

  it("reads the 强基富民固边 bracket: thirteen provincial bodies, 和, three governments", () => {
    const parsed = parseResponsibility(
      " （省发展改革委、省民委、省公安厅、省安全厅、省民政厅、省财政厅、省住房城乡建设厅、省交通运输厅、省农委、省商务厅、省文化厅、省广电局、省边防总队和延边州、通化市、白山市政府负责）",
      { firstListedLeads: true },
    );
    expect(parsed.departments).toHaveLength(16);
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.supporting.slice(-4)).toEqual(["省边防总队", "延边州政府", "通化市政府", "白山市政府"]);
  });
});

describe("parseResponsibility — other shapes of real documents", () => {
  it("reads “X牵头，Y、Z配合”", () => {
    const parsed = parseResponsibility("市发改委牵头，市财政局、市住建局配合");
    expect(parsed.leads).toEqual(["市发改委"]);
    expect(parsed.supporting).toEqual(["市财政局", "市住建局"]);
    expect(parsed.kind).toBe("lead");
  });

  it("reads “牵头单位：X 配合单位：Y、Z” with half-width colons too", () => {
    const parsed = parseResponsibility("牵头单位：市发改委 配合单位：市经信局、市财政局");
    expect(parsed.leads).toEqual(["市发改委"]);
    expect(parsed.supporting).toEqual(["市经信局", "市财政局"]);
    expect(parseResponsibility("牵头单位:市商务局  配合单位:市市场监管局").supporting).toEqual(["市市场监管局"]);
  });

  it("reads 责任单位： as a 负责 list (sole-department rule, first-listed rule)", () => {
    expect(parseResponsibility("责任单位：市发改委").leads).toEqual(["市发改委"]);
    const listed = parseResponsibility("责任单位：市发改委、市经信局、市财政局", { firstListedLeads: true });
    expect(listed.leads).toEqual(["市发改委"]);
    expect(listed.supporting).toEqual(["市经信局", "市财政局"]);
  });

  it("reads 分别牵头 as several leads of kind respective", () => {
    const parsed = parseResponsibility("（省发展改革委、省工业信息化厅分别牵头）", { firstListedLeads: true });
    expect(parsed.kind).toBe("respective");
    expect(parsed.leads).toEqual(["省发展改革委", "省工业信息化厅"]);
    expect(parsed.supporting).toEqual([]);
  });

  it("reads a note with 除标注“分别牵头”外 and 下同", () => {
    const parsed = parseResponsibility("（市发改委、市财政局负责。除标注“分别牵头”外，列第一位者为牵头单位，下同）");
    expect(parsed.conventionNote).toEqual({ firstListedLeads: true, appliesToRest: true, exceptRespective: true });
    expect(parsed.leads).toEqual(["市发改委"]);
    expect(parsed.supporting).toEqual(["市财政局"]);
  });

  it("applies a note without 下同 to its own list only", () => {
    const parsed = parseResponsibility("（省商务厅、省供销社负责，排在第一位的为牵头单位）");
    expect(parsed.conventionNote?.appliesToRest).toBe(false);
    expect(parsed.leads).toEqual(["省商务厅"]);
  });

  it("reads traditional characters: 牽頭, 負責, 按職責分工負責, 部門", () => {
    expect(parseResponsibility("（省國土資源廳牽頭）").leads).toEqual(["省国土资源厅"]);
    const joint = parseResponsibility("（省水利廳、省發展改革委等部門按職責分工負責）");
    expect(joint.kind).toBe("joint");
    expect(joint.supporting).toEqual(["省水利厅", "省发展改革委"]);
    const noted = parseResponsibility("（省發展改革委、省農委、省財政廳負責。列第一位者為牽頭部門，下同）");
    expect(noted.leads).toEqual(["省发展改革委"]);
    expect(noted.conventionNote?.appliesToRest).toBe(true);
  });

  it("joins names broken by a PDF copy and reads half-width brackets and commas", () => {
    const parsed = parseResponsibility("(省发展 改革委,省农\n委负责)", { firstListedLeads: true });
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.supporting).toEqual(["省农委"]);
  });

  it("keeps 各县（市、区）政府 as one entry and does not split 和 inside 人力资源和社会保障局", () => {
    const parsed = parseResponsibility("市人力资源和社会保障局、市住房和城乡建设局、各县（市、区）政府负责", { firstListedLeads: true });
    expect(parsed.departments).toEqual(["市人力资源和社会保障局", "市住房和城乡建设局", "各县（市、区）政府"]);
    expect(parsed.leads).toEqual(["市人力资源和社会保障局"]);
  });

  it("splits on 及 and 与 between whole names and drops 等单位", () => {
    expect(parseResponsibility("省财政厅及各市（州）政府负责", { firstListedLeads: true }).departments).toEqual(["省财政厅", "各市（州）政府"]);
    expect(parseResponsibility("省科技厅与省教育厅等单位负责", { firstListedLeads: true }).departments).toEqual(["省科技厅", "省教育厅"]);
  });

  it("reads 会同: the first is the lead", () => {
    const parsed = parseResponsibility("省发展改革委会同省财政厅负责");
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.supporting).toEqual(["省财政厅"]);
  });

  it("reads a role in brackets after a name, as tables write it: 市发改委（牵头）、市财政局", () => {
    const parsed = parseResponsibility("市发改委（牵头）、市财政局、市住建局");
    expect(parsed.leads).toEqual(["市发改委"]);
    expect(parsed.supporting).toEqual(["市财政局", "市住建局"]);
    expect(parseResponsibility("省商务厅(牵头单位)，省供销社").leads).toEqual(["省商务厅"]);
  });

  it("reads names on separate lines or separated by spaces in a cell, but joins a name broken inside", () => {
    expect(parseResponsibility("市发改委\n市经信局\n市财政局", { firstListedLeads: true }).departments).toEqual(["市发改委", "市经信局", "市财政局"]);
    expect(parseResponsibility("省人力资源社会保障厅 省卫生厅 长春市政府").departments).toEqual(["省人力资源社会保障厅", "省卫生厅", "长春市政府"]);
    expect(parseResponsibility("省委\n宣传部、省文化\n厅负责").departments).toEqual(["省委宣传部", "省文化厅"]);
  });

  it("reads short labels 牵头：…；配合：…", () => {
    const parsed = parseResponsibility("牵头：市发改委；配合：市财政局、市统计局");
    expect(parsed.leads).toEqual(["市发改委"]);
    expect(parsed.supporting).toEqual(["市财政局", "市统计局"]);
  });

  it("reports a text naming no department", () => {
    const parsed = parseResponsibility("（按职责分工负责）");
    expect(parsed.departments).toEqual([]);
    expect(parsed.problems.map((problem) => problem.code)).toEqual(["no-department"]);
    expect(parsed.problems[0].message).toContain("按职责分工负责");
    expect(parseResponsibility("（部门负责）").problems[0]?.code).toBe("no-department");
  });

  it("reads a pure note as no department but keeps the note", () => {
    const parsed = parseResponsibility("注：列第一位者为牵头部门，下同。");
    expect(parsed.departments).toEqual([]);
    expect(parsed.conventionNote).toEqual({ firstListedLeads: true, appliesToRest: true, exceptRespective: false });
  });
});

// Shapes of the division corpus (test/fixtures/corpus/divisions), quoted with the punctuation of the stored copies.
describe("parseResponsibility — leaders, placeholders, levels and unmarked lists", () => {
  it("keeps named leaders apart from units (咸安 2023: (责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局))", () => {
    const parsed = parseResponsibility("(责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局)");
    expect(parsed.leaders).toEqual(["杜新国", "丁玲"]);
    expect(parsed.leads).toEqual(["区发改局", "区农业农村局"]);
    expect(parsed.kind).toBe("respective");
    expect(parsed.departments).not.toContain("杜新国");
    const one = parseResponsibility("(责任领导:洪声耀;牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、区林业局,区经发集团,相关乡镇办)");
    expect(one.leaders).toEqual(["洪声耀"]);
    expect(one.leads).toEqual(["区交通运输局"]);
    expect(one.supporting).toEqual(["区发改局", "区自然资源和规划局", "区林业局", "区经发集团", "相关乡镇办"]);
  });

  it("reads 各项目牵头单位 as one placeholder unit, never a fake lead 各项目 (广州 2012, task 43)", () => {
    const parsed = parseResponsibility("（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）");
    expect(parsed.leads).toEqual(["市委组织部"]);
    expect(parsed.supporting).toEqual(["各项目牵头单位", "各区、县级市"]);
  });

  it("reads 各有关部门和单位按职责分工负责 as joint", () => {
    const parsed = parseResponsibility("各有关部门和单位按职责分工负责");
    expect(parsed.kind).toBe("joint");
    expect(parsed.leads).toEqual([]);
    expect(parsed.supporting).toEqual(["各有关部门和单位"]);
  });

  it("reads the note inside a 责任单位 line with 工作牵头单位或汇总单位 (湖州 2020)", () => {
    const parsed = parseResponsibility("市经信局、市财政局、市发展改革委、市人力社保局、市金融办、市税务局(列第一位者为工作牵头单位或汇总单位,下同)");
    expect(parsed.conventionNote).toEqual({ firstListedLeads: true, appliesToRest: true, exceptRespective: false });
    expect(parsed.leads).toEqual(["市经信局"]);
    expect(parsed.supporting).toEqual(["市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"]);
  });

  it("reads only the chosen level of parallel 省牵头单位 / 市牵头单位 labels, and names the levels", () => {
    const text = "省牵头单位：省发展改革委；省配合单位：省财政厅；市牵头单位：市发展改革委；市配合单位：市财政局";
    expect(parseResponsibility(text, { level: "市" })).toMatchObject({ leads: ["市发展改革委"], supporting: ["市财政局"], levels: ["省", "市"] });
    expect(parseResponsibility(text, { level: "省" })).toMatchObject({ leads: ["省发展改革委"], supporting: ["省财政厅"] });
  });

  it("reads an unmarked list of several units by the convention chosen for the document, and says it did", () => {
    const text = "县水务局、县住建局、县护城河指挥部";
    expect(parseResponsibility(text)).toMatchObject({ leads: [], unmarkedList: true });
    expect(parseResponsibility(text, { unmarked: "first-listed" })).toMatchObject({ leads: ["县水务局"], supporting: ["县住建局", "县护城河指挥部"], kind: "lead" });
    expect(parseResponsibility(text, { unmarked: "joint" })).toMatchObject({ leads: [], kind: "joint" });
    expect(parseResponsibility(text, { firstListedLeads: true }).unmarkedList).toBe(false);
  });

  it("reports names run together without separators", () => {
    const parsed = parseResponsibility("（省经委省发展改革委省统计局负责）", { firstListedLeads: true });
    expect(parsed.departments).toEqual(["省经委", "省发展改革委", "省统计局"]);
    expect(parsed.problems.map((problem) => problem.code)).toEqual(["run-together-names"]);
    expect(parsed.inferred).toEqual(["省经委", "省发展改革委", "省统计局"]);
  });
});

describe("parseResponsibility — a bracket with a trailing clause", () => {
  it("reads （省发展改革委牵头，省财政厅配合；各市县人民政府结合实际落实，下同）", () => {
    const parsed = parseResponsibility("（省发展改革委牵头，省财政厅配合；各市县人民政府结合实际落实，下同）");
    expect(parsed.leads).toEqual(["省发展改革委"]);
    expect(parsed.supporting).toEqual(["省财政厅", "各市县人民政府"]);
    expect(parsed.kind).toBe("lead");
  });
});
