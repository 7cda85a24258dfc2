import { normalizeName } from "../text/normalizeName";

/** 各市（州）政府, 各县（市、区）政府, 各有关部门, 有关单位, 省直各部门, 各成员单位 … */
const GROUP = /^(?:各|有关|相关|其他|其它|全省|全市)|(?:各|有关)(?:部门|单位|成员单位)$/;

/**
 * Whether a name stands for a group of departments or governments rather than one: such an entry is
 * kept whole and is never an unknown department.
 * @example isDepartmentGroup("各县（市、区）政府") // true
 * @example isDepartmentGroup("省发展改革委") // false
 */
export function isDepartmentGroup(name: string): boolean {
  return GROUP.test(normalizeName(name));
}
