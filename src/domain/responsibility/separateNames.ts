/** Characters a department or place name ends with (a space or line break after one may separate two names). */
const NAME_END = /[厅局委办部会院室心府馆社所队团行司处站署组联协市州县区旗盟）)]$/;
/** How a name starts: 省/市/县…, 各…, 中共…, or a place (长春市政府). */
const NAME_START = /^(?:省|市|县|区|州|旗|各|中共|国家|共青团|[\u4e00-\u9fff]{1,5}(?:市|州|县|区|盟|旗))/;

/**
 * White space between two names separates them (a cell written “市发改委 市财政局” or with Alt+Enter);
 * inside a name it is a stray break of a PDF copy (“省发展 改革委”) and goes.
 * @example separateNames("市发改委 市财政局") // "市发改委、市财政局"
 * @example separateNames("省发展 改革委") // "省发展改革委"
 */
export function separateNames(text: string): string {
  return text.replace(/[\s\u3000]+/g, (space, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + space.length);
    return before !== "" && NAME_END.test(before) && NAME_START.test(after) ? "、" : "";
  });
}
