// jsdom lacks ResizeObserver, which Fluent UI's DataGrid and overflow components need.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const globalScope = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof globalScope.ResizeObserver === "undefined") {
  globalScope.ResizeObserver = ResizeObserverStub;
}
