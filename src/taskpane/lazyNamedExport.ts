import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * A component fetched the first time it is shown (React.lazy), from a module that exports it by its name rather than
 * as the default. The `import()` stays at the caller, so webpack still names the chunk from the comment written there.
 * @example const WriteStep = lazyNamedExport(() => import("./components/WriteStep"), "WriteStep"); // <Suspense><WriteStep … /></Suspense>
 */
export function lazyNamedExport<Name extends string, Props>(load: () => Promise<Record<Name, ComponentType<Props>>>, name: Name): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
