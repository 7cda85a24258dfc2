import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

/** Pages rendered and not yet unmounted. */
const shown = new Set<Rendered>();

// After every test of a file that renders here: each page still shown is unmounted and the document emptied. This
// hook is declared on import, before any of the file's own, so it runs before them (jest runs a block's afterEach
// hooks in the order they were declared).
afterEach(() => {
  for (const page of [...shown]) page.unmount();
  document.body.innerHTML = "";
});

/**
 * Render a React element into a fresh <div> in document.body, waiting for effects and pending promises. The page is
 * unmounted after the test (or earlier by `unmount()`), and the document emptied.
 * @example const page = await renderInto(<App service={service} lang="zh" />);
 */
export async function renderInto(element: ReactElement): Promise<Rendered> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(element);
  });
  await settle();
  const page: Rendered = {
    container,
    root,
    unmount() {
      if (!shown.delete(page)) return;
      act(() => root.unmount());
      container.remove();
    },
  };
  shown.add(page);
  return page;
}

/** Let pending promises (the fake service's) and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
  // A step or chart loaded on demand shows a placeholder first; React reveals the loaded part a little later.
  for (let waited = 0; waited < 5000 && document.querySelector('[data-loading="on-demand"]'); waited += 50) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
  }
}

/** Click an element and let what follows settle. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error("nothing to click");
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** The button (or tab) whose text is exactly `text`. */
export function byText(root: ParentNode, text: string, selector = "button"): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).find((element) => element.textContent?.trim() === text);
}

/** Type into a textarea or input the React way (the value setter React tracks, then an input event). */
export async function typeInto(element: HTMLTextAreaElement | HTMLInputElement, value: string): Promise<void> {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value")?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await settle();
}

/** The control that opens a step of the pane: a tab (import, check, progress, write) or the 设置 button. */
export function stepControl(container: ParentNode, step: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-step="${step}"]`);
}
