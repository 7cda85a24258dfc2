import { PortRefusal } from "../portRefusal";
import { officeErrorProblem } from "./officeErrorProblem";

/**
 * What a call into Excel rejects with: an Excel error (a `code` of Excel.ErrorCodes) becomes a PortRefusal carrying the
 * clerk's Problem (Chinese and English, saying what to do; officeErrorProblem) with a product code
 * ("excel-invalid-operation-in-cell-edit-mode", …); a PortRefusal or any other error is passed on unchanged.
 * @example try { … } catch (error) { throw officeRefusal(error); }
 */
export function officeRefusal(error: unknown): unknown {
  if (error instanceof PortRefusal) return error;
  const problem = officeErrorProblem(error);
  return problem === null ? error : new PortRefusal(problem);
}
