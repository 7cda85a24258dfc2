import { createHash } from "node:crypto";
import { sha256Hex } from "../domain/records/sha256Hex";

const SURROGATE = /[\ud800-\udfff]/;

/**
 * SHA-256 of a text as 64 hex digits, by node:crypto — the same digest as the domain's sha256Hex (which the pane and
 * the page use), several times faster. A text with surrogates (characters beyond the Basic Multilingual Plane, or a
 * broken one) is left to sha256Hex, whose encoding of a lone surrogate node's UTF-8 would replace: a report keeps one
 * fingerprint whichever front recorded it.
 * @example platformSha256("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function platformSha256(text: string): string {
  return SURROGATE.test(text) ? sha256Hex(text) : createHash("sha256").update(text, "utf8").digest("hex");
}
