import fc from "fast-check";
import { importDivisionText } from "../../../src/domain/import/importDivisionText";

// Units, groups and placeholders as the corpus documents write them (test/fixtures/corpus/divisions).
const UNITS = ["市发展改革委", "市财政局", "市教育局", "市人力资源和社会保障局", "区发改局", "区自然资源和规划局", "县住建局", "市委组织部", "团市委", "市生态环境局咸安分局"];
const GROUPS = ["各区、县级市", "各有关单位", "各项目牵头单位", "各县（市、区）人民政府", "各街道"];
const LEADERS = ["杜新国", "丁玲", "洪声耀", "王纲", "陈浩"];
const TITLES = ["推进学前教育优质普惠发展。", "加快建设东部汽车产业基地。新增产能30万辆。", "启动县图书馆新馆建设", "完善责任考核。落实党政领导班子人才工作目标责任制。", "城镇登记失业率控制在4.5%以内。"];
const SECTION_NUMBERS = ["一", "二", "三", "四"];

type Numbering = "dot" | "dun" | "paren" | "half-paren" | "chinese-paren";
type Shape = "labels-in-bracket" | "role-words" | "lines" | "leader-bracket";

interface GeneratedTask {
  numbering: Numbering;
  shape: Shape;
  title: string;
  leads: string[];
  supporting: string[];
  leaders: string[];
}

function printed(numbering: Numbering, index: number): string {
  const chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][index - 1];
  return { dot: `${index}.`, dun: `${index}、`, paren: `（${index}）`, "half-paren": `(${index})`, "chinese-paren": `（${chinese}）` }[numbering];
}

function written(task: GeneratedTask, number: string): string[] {
  const leads = task.leads.join("、");
  const supporting = task.supporting.join("、");
  switch (task.shape) {
    case "labels-in-bracket":
      return [`${number}${task.title}（牵头单位：${leads}${supporting ? `；配合单位：${supporting}` : ""}）`];
    case "role-words":
      return [`${number}${task.title}（${leads}牵头${supporting ? `，${supporting}配合` : ""}）`];
    case "lines":
      return [`${number}${task.title}`, `牵头单位：${leads}`, ...(supporting ? [`责任单位：${supporting}`] : [])];
    case "leader-bracket":
      return [`${number}${task.title}(责任领导:${task.leaders.join("、")};牵头单位:${leads}${supporting ? `;责任单位:${supporting}` : ""})`];
  }
}

const generatedTask: fc.Arbitrary<GeneratedTask> = fc
  .record({
    numbering: fc.constantFrom<Numbering>("dot", "dun", "paren", "half-paren", "chinese-paren"),
    shape: fc.constantFrom<Shape>("labels-in-bracket", "role-words", "lines", "leader-bracket"),
    title: fc.constantFrom(...TITLES),
    units: fc.shuffledSubarray(UNITS, { minLength: 1, maxLength: 4 }),
    leadCount: fc.integer({ min: 1, max: 2 }),
    groups: fc.shuffledSubarray(GROUPS, { maxLength: 2 }),
    leaders: fc.shuffledSubarray(LEADERS, { minLength: 1, maxLength: 2 }),
  })
  .map(({ numbering, shape, title, units, leadCount, groups, leaders }) => {
    // “A、B牵头” and 牵头单位 lists may name two leads; a line of its own names one.
    const count = shape === "lines" || units.length === 1 ? 1 : leadCount;
    return {
      numbering,
      shape,
      title,
      leads: units.slice(0, count),
      supporting: [...units.slice(count), ...groups],
      leaders: shape === "leader-bracket" ? leaders : [],
    };
  });

describe("importDivisionText — a generated document imports back to what was generated", () => {
  it("reads every task's printed number, section, title, leads, supporting units, leaders and kind", () => {
    fc.assert(
      fc.property(fc.array(fc.array(generatedTask, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (sections, restart) => {
        const lines = ["2023年重点工作任务分解方案", ""];
        const expected: Array<{ number: string; section: string[]; task: GeneratedTask }> = [];
        let counter = 0;
        sections.forEach((tasks, sectionIndex) => {
          lines.push(`${SECTION_NUMBERS[sectionIndex]}、第${SECTION_NUMBERS[sectionIndex]}部分重点工作`, "");
          if (restart) counter = 0;
          for (const task of tasks) {
            counter += 1;
            // Chinese numbering is used only while it stays within 十.
            const numbering = task.numbering === "chinese-paren" && counter > 10 ? "dot" : task.numbering;
            const number = printed(numbering, counter);
            lines.push(...written(task, number), "");
            expected.push({ number, section: [SECTION_NUMBERS[sectionIndex]], task });
          }
        });
        const result = importDivisionText(lines.join("\n"));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const read = result.value.tasks.map((task) => ({
          number: task.number,
          section: task.section,
          title: task.title,
          leads: task.leads,
          supporting: task.supporting,
          leaders: task.leaders,
          kind: task.responsibility,
        }));
        expect(read).toEqual(
          expected.map(({ number, section, task }) => ({
            number,
            section,
            title: task.title,
            leads: task.leads,
            supporting: task.supporting,
            leaders: task.leaders,
            kind: task.leads.length > 1 ? "respective" : "lead",
          })),
        );
        const ids = result.value.tasks.map((task) => task.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });
});
