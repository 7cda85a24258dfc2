import { normalizeName } from "../text/normalizeName";
import { BUILT_IN_DEPARTMENT_ALIASES } from "./builtInDepartmentAliases";

/** Longest alias first, so that 人力资源和社会保障厅 is not read as …保障厅. */
const ALIASES = [...BUILT_IN_DEPARTMENT_ALIASES].sort((a, b) => b[0].length - a[0].length);
/** What may stand before an alias: nothing, or a place (省, 市, 吉林省, 长春市, 延边州, 各县（市、区）). */
const PLACE_PREFIX = /^$|(?:省|市|县|区|州|旗|盟|自治区|）)$/;

/**
 * A department name in the one form that all its ways of writing share: normalised (half-width, no spaces,
 * （）) and with built-in short and long forms replaced by the reported form, whatever the place prefix.
 * @example departmentKey("省发改委") // "省发展改革委"
 * @example departmentKey("市 人社局") // "市人力资源社会保障局"
 * @example departmentKey("长春市人民政府") // "长春市政府"
 */
export function departmentKey(name: string): string {
  let key = KNOWN_KEYS.get(name);
  if (key === undefined) {
    // The same few hundred names come back in every row: each is worked out once (the memory is bounded).
    if (KNOWN_KEYS.size >= KNOWN_KEYS_LIMIT) KNOWN_KEYS.clear();
    KNOWN_KEYS.set(name, (key = keyOf(name)));
  }
  return key;
}

/** Names already keyed, at most KNOWN_KEYS_LIMIT of them (the key depends on the name alone). */
const KNOWN_KEYS = new Map<string, string>();
const KNOWN_KEYS_LIMIT = 10_000;

function keyOf(name: string): string {
  const normalized = normalizeName(name);
  for (const [alias, preferred] of ALIASES) {
    if (!normalized.endsWith(alias)) continue;
    const prefix = normalized.slice(0, normalized.length - alias.length);
    if (PLACE_PREFIX.test(prefix)) return prefix + preferred;
  }
  return normalized;
}
