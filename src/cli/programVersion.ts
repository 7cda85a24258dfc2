import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./packageRoot";

/**
 * The product's version, from its package.json ("unknown" when it cannot be read).
 * @example programVersion() // "0.1.0"
 */
export function programVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}
