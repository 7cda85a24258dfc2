import { readDepartmentList } from "./readDepartmentList";

/**
 * Split a department list as written into names (readDepartmentList without what it inferred): separators
 * 、，,;；/ and 和/及/与/以及, groups kept whole (各区、县级市), brackets inside a name kept (各县（市、区）政府),
 * 等部门 dropped, a shared government suffix distributed, a shared level prefix carried.
 * Expects simplified characters and no role words (牵头, 负责 …).
 * @example splitDepartmentList("省发展改革委和延边州、通化市、白山市政府")
 * // ["省发展改革委", "延边州政府", "通化市政府", "白山市政府"]
 */
export function splitDepartmentList(list: string): string[] {
  return readDepartmentList(list).names;
}
