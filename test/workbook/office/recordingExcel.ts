/**
 * A recording fake of the Excel JavaScript API (for code that only issues commands, such as the summary's charts): every property set and method call on any object
 * reached from the context is recorded with its path (e.g. "sheet.getRangeByIndexes().format.fill.color"),
 * `context.sync()` is counted, and reads return canned answers by path.
 */
export interface ExcelOp {
  kind: "set" | "call";
  path: string;
  value?: unknown;
  args?: unknown[];
}

export interface FakeExcel {
  context: Excel.RequestContext;
  ops: ExcelOp[];
  syncs: () => number;
}

export function recordingExcel(answers: Record<string, unknown> = {}): FakeExcel {
  const ops: ExcelOp[] = [];
  let syncs = 0;
  const node = (path: string): unknown =>
    new Proxy(function fake() {}, {
      get(_target, prop) {
        if (prop === "then") return undefined;
        if (path === "context" && prop === "sync") {
          return async () => {
            syncs++;
          };
        }
        const next = `${path}.${String(prop)}`;
        return next in answers ? answers[next] : node(next);
      },
      set(_target, prop, value) {
        ops.push({ kind: "set", path: `${path}.${String(prop)}`, value });
        return true;
      },
      apply(_target, _this, args) {
        ops.push({ kind: "call", path, args });
        return node(`${path}()`);
      },
    });
  return { context: node("context") as Excel.RequestContext, ops, syncs: () => syncs };
}
