import { notReportedSentence } from "../../../src/domain/notices/notReportedSentence";

describe("notReportedSentence: the circular's 催报 sentence", () => {
  it("names the departments that sent nothing, then those missing some tasks", () => {
    const sentence = notReportedSentence(
      [
        { department: "省经委", reportedNothing: false, tasks: [{ id: "6", title: "组织推广工业节能降耗项目30项" }] },
        { department: "省统计局", reportedNothing: true, tasks: [{ id: "11", title: "全部工业总产值完成" }] },
        { department: "省金融办", reportedNothing: true, tasks: [{ id: "17", title: "建立与国有商业银行的联系制度" }] },
      ],
      "2007-10-31",
    );
    expect(sentence).toBe("截至2007年10月31日，省统计局、省金融办未报送进展情况，省经委有1项牵头任务未报送进展情况（第6项），请抓紧报送。");
  });

  it("is empty when every lead reported", () => {
    expect(notReportedSentence([], "2007-10-31")).toBe("");
  });
});
