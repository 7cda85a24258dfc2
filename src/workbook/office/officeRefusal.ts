import { officeErrorProblem } from "./officeErrorProblem";

/**
 * What a call into Excel rejects with: an Excel error (a `code` of Excel.ErrorCodes) becomes an Error whose message is
 * the clerk's Chinese text and which carries the Problem (`problem`, with the English text) and a product `code`
 * ("excel-invalid-operation-in-cell-edit-mode", …); anything else is passed on unchanged.
 * @example try { … } catch (error) { throw officeRefusal(error); }
 */
export function officeRefusal(error: unknown): unknown {
  const problem = officeErrorProblem(error);
  if (problem === null) return error;
  return Object.assign(new Error(problem.message), { name: "OfficeRefusal", code: problem.code, problem, cause: error });
}
