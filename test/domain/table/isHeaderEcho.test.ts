import fc from "fast-check";
import { normalizeHeader } from "../../../src/domain/headers/normalizeHeader";
import { isHeaderEcho } from "../../../src/domain/table/isHeaderEcho";
import type { TaskColumn } from "../../../src/domain/task";

const HEADERS = { id: "序号", title: "工作任务", lead: "牵头单位：", target: "目标(2024)", unit: "2024年计划" } as Record<TaskColumn, string>;

/** The rule itself: two or more cells that normalise to their column's normalised header. */
function reference(texts: Partial<Record<TaskColumn, string>>, headers: Record<TaskColumn, string>): boolean {
  return Object.entries(texts).filter(([column, text]) => text && normalizeHeader(text) === normalizeHeader(headers[column as TaskColumn] ?? "")).length >= 2;
}

describe("isHeaderEcho", () => {
  it("finds a header repeated on a later page, written with spaces, full-width forms, marks and colons", () => {
    expect(isHeaderEcho({ id: "序 号", title: "工作任务" }, HEADERS)).toBe(true);
    expect(isHeaderEcho({ id: "　序号", lead: "*牵头单位:" }, HEADERS)).toBe(true);
    expect(isHeaderEcho({ title: "工作任务", target: "目标（２０２４）" }, HEADERS)).toBe(true);
    expect(isHeaderEcho({ id: "1", title: "工作任务" }, HEADERS)).toBe(false);
    expect(isHeaderEcho({ id: "序号", title: "完成工作任务" }, HEADERS)).toBe(false);
  });

  it("decides exactly as comparing every normalised cell, whatever the cells hold", () => {
    const cell = fc.array(fc.constantFrom(..."序号工作任务牵头单位目标() （）：:*★ 　\u00a0２０aA2024年计划"), { maxLength: 8 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(cell, cell, cell, cell, (id, title, lead, unit) => {
        const texts = { id, title, lead, unit };
        expect(isHeaderEcho(texts, HEADERS)).toBe(reference(texts, HEADERS));
      }),
      { numRuns: 5000 },
    );
  });
});
