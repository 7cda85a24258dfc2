/**
 * The 导入时间 of the 报送记录: the clerk's local time to the minute with its offset from UTC written out, so a time
 * recorded by the command line, the pane and the page reads the same way and never needs a time zone guessed.
 * The domain is given this text (it never reads the clock).
 * @example importTime(new Date("2026-12-04T07:03:00Z"), 480) // "2026-12-04 15:03 +08:00"
 */
export function importTime(now: Date, offsetMinutes: number = -now.getTimezoneOffset()): string {
  const local = new Date(now.getTime() + offsetMinutes * 60_000);
  const two = (value: number) => String(value).padStart(2, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const offset = Math.abs(offsetMinutes);
  const date = `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  return `${date} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ${sign}${two(Math.floor(offset / 60))}:${two(offset % 60)}`;
}
