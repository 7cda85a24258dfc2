/**
 * Wait for an office.js call that reports through a callback (Settings.saveAsync, Settings.refreshAsync …): resolves
 * with the call's value when Office says it succeeded; when Office says it failed, rejects with `refusal` of Office's
 * own error (by default that error itself, with its code and message). office.js reports "succeeded" / "failed" (its
 * typings declare a numeric enum: both count).
 * @example await officeCallDone<void>((done) => Office.context.document.settings.saveAsync(done))
 */
export function officeCallDone<T>(
  call: (done: (result: Office.AsyncResult<T>) => void) => void,
  refusal: (error: Office.Error | undefined) => unknown = (error) => error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    call((result) => (failed(result.status) ? reject(refusal(result.error)) : resolve(result.value)));
  });
}

function failed(status: Office.AsyncResultStatus): boolean {
  const officeFailed = typeof Office !== "undefined" ? Office.AsyncResultStatus?.Failed : undefined;
  return String(status).toLowerCase() === "failed" || (officeFailed !== undefined && status === officeFailed);
}
