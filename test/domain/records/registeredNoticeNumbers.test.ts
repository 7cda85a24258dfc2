import { registeredNoticeNumbers } from "../../../src/domain/records/registeredNoticeNumbers";
import type { RegisterEntry } from "../../../src/domain/records/supervisionRegister";

const entry = (number: string, department: string, tasks: string, asOf: string, extra: Partial<RegisterEntry> = {}): RegisterEntry => ({ number, department, tasks, issued: "2007-11-05", due: "2007-11-15", answered: "", closed: "", asOf, ...extra });
const request = { asOf: "2007-10-31", year: 2007, firstNumber: 3, issued: "2007-11-20", due: "2007-11-30" };

describe("registeredNoticeNumbers", () => {
  const register = [entry("〔2007〕第1号", "省经委", "2、5、10、14", "2007-10-31", { answered: "2007-11-12" }), entry("〔2007〕第2号", "省发展改革委", "7", "2007-10-31")];

  it("reuses the number and dates of a notice registered for the same department, period and tasks", () => {
    expect(registeredNoticeNumbers([{ department: "省经委", taskIds: ["2", "5", "10", "14"] }, { department: "省发展改革委", taskIds: ["7"] }], register, request)).toEqual([
      { number: "〔2007〕第1号", issued: "2007-11-05", due: "2007-11-15", alreadyRegistered: true },
      { number: "〔2007〕第2号", issued: "2007-11-05", due: "2007-11-15", alreadyRegistered: true },
    ]);
  });

  it("gives a new number when the lagging tasks changed, the period differs, or the register has no period", () => {
    const numbered = registeredNoticeNumbers(
      [{ department: "省经委", taskIds: ["2", "5", "10"] }, { department: "省发展改革委", taskIds: ["7"] }, { department: "省交通厅", taskIds: ["9"] }],
      [...register.slice(0, 1), entry("〔2007〕第2号", "省发展改革委", "7", "2007-09-30"), entry("〔2007〕第9号", "省交通厅", "9", "")],
      request,
    );
    expect(numbered.map((numbering) => [numbering.number, numbering.issued, numbering.alreadyRegistered])).toEqual([
      ["〔2007〕第3号", "2007-11-20", false],
      ["〔2007〕第4号", "2007-11-20", false],
      ["〔2007〕第5号", "2007-11-20", false],
    ]);
  });

  it("keeps today's dates when the registered row's dates were typed over with something that is not a date", () => {
    const [numbering] = registeredNoticeNumbers([{ department: "省发展改革委", taskIds: ["7"] }], [entry("〔2007〕第2号", "省发展改革委", "7", "2007-10-31", { issued: "十一月五日" })], request);
    expect(numbering).toEqual({ number: "〔2007〕第2号", issued: "2007-11-20", due: "2007-11-15", alreadyRegistered: true });
  });
});
