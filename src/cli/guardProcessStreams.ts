import { reportUnexpectedError } from "./reportUnexpectedError";

let guarded = false;

/**
 * Make the process end quietly when its standard output is closed early (`progress-ledger check a.xlsx | head -1`
 * closes the pipe: EPIPE), and turn any error that escapes a command into a short message with a log file,
 * never a stack trace on screen. Installed once.
 * @example guardProcessStreams(process.argv.slice(2))
 */
export function guardProcessStreams(argv: readonly string[]): void {
  if (guarded) return;
  guarded = true;
  const closed = (error: NodeJS.ErrnoException): void => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    else escaped(error);
  };
  const escaped = (error: unknown): void => {
    try {
      process.stderr.write(reportUnexpectedError(error, argv) + "\n");
    } catch {
      // Standard error is gone too: nothing more can be said.
    }
    process.exit(2);
  };
  process.stdout.on("error", closed);
  process.stderr.on("error", () => process.exit(typeof process.exitCode === "number" ? process.exitCode : 2));
  process.on("uncaughtException", escaped);
  process.on("unhandledRejection", escaped);
}
