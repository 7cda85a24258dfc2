/** @jest-environment jsdom */
import { NotInExcel } from "../../src/taskpane/components/NotInExcel";
import { renderInto, type Rendered } from "./renderInto";

let page: Rendered | null = null;

test("taskpane.html outside Excel says where to open it and links the standalone page, in the clerk's language", async () => {
  page = await renderInto(<NotInExcel lang="zh" />);
  expect(page.container.textContent).toContain("请在 Excel 中通过“督查台账”按钮打开");
  expect(page.container.querySelector("a")?.getAttribute("href")).toBe("standalone.html");
  page.unmount();
  page = await renderInto(<NotInExcel lang="en" />);
  expect(page.container.querySelector("a")?.textContent).toBe("Open the standalone page");
});
