import type { SelfTestItem } from "./selfTestReport";
import type { Language } from "../../domain/language";

/**
 * Run one check and record its outcome: ok when `attempt` resolves (its string is the detail), failed with the error's
 * code and message when it rejects.
 * @example await selfTestStep(items, { id: "write-values", zh: "写入数值", en: "Write values" }, async () => { … })
 */
export async function selfTestStep(items: SelfTestItem[], label: Pick<SelfTestItem, "id" | Language>, attempt: () => Promise<string | void>): Promise<boolean> {
  try {
    const detail = await attempt();
    items.push({ ...label, status: "ok", ...(detail ? { detail } : {}) });
    return true;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    items.push({ ...label, status: "failed", detail: `${typeof code === "string" ? `${code}: ` : ""}${message}` });
    return false;
  }
}
