/**
 * Office document settings as Office keeps them: an in-memory copy per pane, saved into the workbook by saveAsync and
 * read back from it by refreshAsync. Two panes over one `saved` store are two clerks co-authoring one workbook.
 */
export function fakeDocumentSettings(saved: Map<string, unknown> = new Map(), options: { failSave?: string } = {}) {
  let memory = new Map(saved);
  let saves = 0;
  let refreshes = 0;
  const reply = (callback: ((result: Office.AsyncResult<unknown>) => void) | undefined, failed: string | undefined) =>
    setTimeout(() => callback?.((failed ? { status: "failed", error: { message: failed } } : { status: "succeeded", value: settings }) as unknown as Office.AsyncResult<unknown>), 0);
  const settings = {
    get: (key: string) => memory.get(key),
    set: (key: string, value: unknown) => void memory.set(key, value),
    remove: (key: string) => void memory.delete(key),
    saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => {
      saves++;
      if (!options.failSave) {
        saved.clear();
        memory.forEach((value, key) => saved.set(key, value));
      }
      reply(callback as (result: Office.AsyncResult<unknown>) => void, options.failSave);
    },
    refreshAsync: (callback?: (result: Office.AsyncResult<Office.Settings>) => void) => {
      refreshes++;
      memory = new Map(saved);
      reply(callback as (result: Office.AsyncResult<unknown>) => void, undefined);
    },
  };
  return { settings: settings as unknown as Office.Settings, saved, saves: () => saves, refreshes: () => refreshes };
}
