/**
 * What was wrong with the arguments, in words for a clerk (both languages), from the argument parser's error —
 * never the parser's own TypeError text.
 * @example explainArgsError(new TypeError("Unknown option '--jsn'…")) // "参数有误：不认识的选项“--jsn”，请用 --help 查看可用的选项。 (bad arguments: unknown option "--jsn"; see --help)"
 */
export function explainArgsError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]*)/.exec(text)?.[1] ?? "";
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `参数有误：不认识的选项“${option}”，请用 --help 查看可用的选项。 (bad arguments: unknown option "${option}"; see --help)`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /argument missing/.test(text)
      ? `参数有误：选项“${option}”后面缺少取值。 (bad arguments: option "${option}" needs a value)`
      : `参数有误：选项“${option}”不接受取值。 (bad arguments: option "${option}" takes no value)`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `参数有误：多余的参数。 (bad arguments: an unexpected argument)`;
  return `参数有误，请用 --help 查看用法。 (bad arguments; see --help)`;
}
