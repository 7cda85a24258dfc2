import { normalizeName } from "../text/normalizeName";

/** A department list as read: the names, which of them were inferred, and run-together names split. */
export interface DepartmentList {
  /** Names in the order written (normalised, not canonicalised; a group such as 各区、县级市 is one name). */
  names: string[];
  /** Names completed by the reading rather than written whole: a carried level prefix (国土房管局 → 市国土房管局), a split run-together name. */
  inferred: string[];
  /** Names written without separators (省经委省发展改革委省统计局) and the parts they were split into. */
  runTogether: Array<{ written: string; parts: string[] }>;
}

/** Characters a department or place name ends with: 厅, 局, 委, 办, 政府, 市, 州 … (for splitting on 和/及/与). */
const NAME_END = /[厅局委办部会院室心府馆社所队团行司处站署组联协市州县区旗盟庭军关校台]$/;
/**
 * A placeholder's 部门 / 单位 before 和/及/与 and a unit of its own (市级各有关部门及各县市区政府), not a further generic
 * word (各有关部门和单位 stays one placeholder).
 */
const PLACEHOLDER_END = /(?:部门|单位)$/;
const OWN_UNIT_OPENING = /^(?:各|省|市|县|区|州|旗|盟|乡|镇|街道)/;
/** A bare place (延边州, 通化市, 各市（州）) that takes the government suffix of the last name of its list. */
const BARE_PLACE = /^[\u4e00-\u9fff]{0,8}?(?:市|州|县|区|旗|盟)(?:（[^（）]*）)?$/;
/** A place with a government suffix (白山市政府, 吉林市人民政府, 县（市、区）政府): [place, suffix]. */
const PLACE_WITH_SUFFIX = /^([\u4e00-\u9fff]{0,8}?(?:市|州|县|区|旗|盟)(?:（[^（）]*）)?)(人民政府|政府|党委|党委政府|管委会)$/;
/** Words that name no department by themselves (有关部门 alone is a placeholder unit: X会同有关部门负责). */
const GENERIC = /^(?:部门|单位|其他部门|其它部门|其他单位)$|^(?:有关|相关)方面$/;
/** Trailing 等部门 / 等有关单位 / 等. */
const TRAILING_ETC = /等(?:有关|相关|其他)?(?:部门|单位|地方)?$/;
/** A generic tail in the middle of a list: A、B等有关部门和单位 / A、B等和各省级人民政府 (the 等 part goes). */
const MIDDLE_ETC = /等(?:有关|相关|其他)?(?:部门|单位)?(?:和|及|与|以及)(?:有关|相关|其他)?(?:部门|单位)?(?=[^（）]|$)/g;
/** A group's opening (各区, 各有关区, 各乡镇): the words after its 、 belong to it. */
const GROUP_OPENING = /^(?:各|有关|相关)/;
/** A kind of place that cannot stand as a unit alone: 县级市, 区, 县（市、区）, 街道 (maybe with 政府). */
const PLACE_KIND = /^(?:县级市|县级区|县市区|县（市、区）|县（市）|市（州）|乡镇|街道|开发区|园区|区|县|市|州|乡|镇)(?:人民政府|政府|党委|管委会|办事处)?$/;
/** A name that carries its own level or place (市委组织部, 团市委, 越秀区, 中共…) or stands for a group. */
const OWN_PLACE = /[省市县区州旗盟乡镇村]|^(?:各|有关|相关|其他|中共|中国|国家|全国|人民银行|海关|驻)/;
/** Words of an agency's function that hold a place character without naming a place: 住房城乡建设厅, 市场监管局, 乡村振兴局. */
const FUNCTION_WORDS = /城乡|市场|乡村/g;
/** A single-character level prefix shared by the names after it (市发改委、国土房管局 → 市国土房管局). */
const LEVEL_PREFIX = /^([省市县区])(?![委级直属场])/;
/** An agency name that may take a carried prefix: a government function (财政, 国土房管, 铁路 …) ending in 厅 / 局 / 委 / 办. */
const AGENCY =
  /^(?:发改|发展改革|发展和改革|经信|经济和信息化|工信|工业和信息化|科技|科学技术|教育|公安|民政|司法|财政|人社|人力资源|自然资源|国土|生态环境|环保|环境保护|住建|住房|城乡建设|建设|交通|水利|水务|农业|农委|农村|商务|文化|文旅|旅游|卫生|卫健|卫计|健康|应急|审计|国资|市场监管|工商|质监|统计|医保|医疗保障|林业|体育|金融|外办|外事|规划|房管|国土房管|经贸|外经贸|铁路|城管|城市管理|信访|税务|地税|国税|粮食|物价|侨务|侨办|台办|民宗|民族|宗教|档案|机关事务|政务服务|大数据|数据|口岸|海洋|渔业|畜牧|扶贫|乡村振兴|退役军人|人防|编办|法制|供销|气象|地震|安监|食药|药监|知识产权|新闻出版|广电|广播电视|建委|交委|经委|计委|科委|教委|人口|计生|招商|投资促进|园林|环卫|市容|行政审批|营商环境|能源|电力|通信|邮政|地方金融)[\u4e00-\u9fff]{0,6}?(?:厅|局|委|办|委员会|办公室|总局)$/;
/** A place written bare before a shared government suffix: 哈尔滨、黑河、绥芬河市政府 (not a unit, not a group). */
const BARE_NAME = /^[\u4e00-\u9fff]{2,4}$/;
/** Where a run-together name may be cut: after an agency's last character, before a level character and a name. */
const RUN_TOGETHER_CUT = /(?<=[厅局委办])(?=[省市县区][\u4e00-\u9fff]{2,}[厅局委办府])/g;

/** Pieces of a list at its separators (、，,;；/ and 和/及/与 between whole names), brackets kept whole. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (let index = 0; index < text.length; index += 1) {
    const ch = text[index];
    if ("（[【〔".includes(ch)) depth += 1;
    if ("）]】〕".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && "、，,;；/。".includes(ch)) {
      out.push(current);
      current = "";
      continue;
    }
    const placeholderEnds = PLACEHOLDER_END.test(current);
    if (depth === 0 && current !== "" && (NAME_END.test(current) || placeholderEnds)) {
      const conjunction = text.startsWith("以及", index) ? "以及" : "和及与".includes(ch) ? ch : "";
      const next = text.slice(index + conjunction.length);
      if (conjunction && next !== "" && (!placeholderEnds || OWN_UNIT_OPENING.test(next))) {
        out.push(current);
        current = "";
        index += conjunction.length - 1;
        continue;
      }
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/**
 * Read a department list as written into names: separators 、，,;；/ and 和/及/与/以及 (a 和 only between two
 * whole names, so 省人力资源和社会保障厅 stays one); a group stays whole where the words after its 、 cannot
 * stand as a unit (各区、县级市, 各有关区、县级市); brackets inside a name kept (各县（市、区）政府); trailing
 * 等部门 and middle generic tails (A、B等有关部门和单位, A、B等和各省级人民政府) dropped; a shared government
 * suffix distributed (延边州、通化市、白山市政府); a shared level prefix carried (市发改委、国土房管局 →
 * 市国土房管局, marked inferred); names run together without separators (省经委省发展改革委省统计局) split where
 * `isKnown` (the roster) or the shape of the names says so, and reported. Names are normalised, not canonicalised.
 * Expects simplified characters and no role words (牵头, 负责 …).
 * @example readDepartmentList("市发改委、国土房管局、外经贸局")
 * // { names: ["市发改委", "市国土房管局", "市外经贸局"], inferred: ["市国土房管局", "市外经贸局"], runTogether: [] }
 * @example readDepartmentList("市委组织部、市人力资源和社会保障局，各区、县级市").names
 * // ["市委组织部", "市人力资源和社会保障局", "各区、县级市"]
 */
export function readDepartmentList(list: string, isKnown: (name: string) => boolean = () => false): DepartmentList {
  const text = normalizeName(list).replace(/^[由及和与、，,;；:：。]+/, "").replace(MIDDLE_ETC, "、");
  const inferred: string[] = [];
  const runTogether: DepartmentList["runTogether"] = [];
  let names: string[] = [];
  for (const piece of pieces(text).map((written) => written.replace(TRAILING_ETC, "").replace(/^(?:由|和|及|与)/, ""))) {
    if (piece === "" || GENERIC.test(piece)) continue;
    const previous = names[names.length - 1];
    if (previous !== undefined && GROUP_OPENING.test(previous) && PLACE_KIND.test(piece)) names[names.length - 1] = `${previous}、${piece}`;
    else names.push(piece);
  }
  // A shared suffix: 延边州、通化市、白山市政府 → 延边州政府 …; 哈尔滨、黑河、绥芬河市政府 → 哈尔滨市政府 … (inferred).
  for (let index = names.length - 1; index > 0; index -= 1) {
    const suffixed = PLACE_WITH_SUFFIX.exec(names[index]);
    if (!suffixed) continue;
    const level = /[市州县区旗盟]$/.exec(suffixed[1].replace(/（[^（）]*）$/, ""))?.[0] ?? "";
    for (let before = index - 1; before >= 0; before -= 1) {
      if (BARE_PLACE.test(names[before])) names[before] += suffixed[2];
      else if (BARE_NAME.test(names[before]) && !NAME_END.test(names[before]) && !GROUP_OPENING.test(names[before]) && !LEVEL_PREFIX.test(names[before]))
        names[before] += level + suffixed[2];
      else break;
      inferred.push(names[before]);
    }
  }
  // Run-together names: cut where the roster knows every part, or where the shape of the names says so.
  names = names.flatMap((name) => {
    if (isKnown(name)) return [name];
    const parts = name.split(RUN_TOGETHER_CUT);
    if (parts.length < 2) return [name];
    runTogether.push({ written: name, parts });
    inferred.push(...parts);
    return parts;
  });
  // A shared level prefix: 市发改委、国土房管局、外经贸局 → 市国土房管局, 市外经贸局.
  let prefix = "";
  names = names.map((name, index) => {
    // 省政府各部门、各直属机构 → 省政府各直属机构: a placeholder takes the owner its neighbour names before 各.
    const owner = /^([\u4e00-\u9fff]{2,4}?)各/.exec(names[index - 1] ?? "")?.[1];
    if (owner !== undefined && /^各[^省市县区州旗盟乡镇村街]+$/.test(name) && !GROUP_OPENING.test(owner)) {
      const carried = owner + name;
      inferred.push(carried);
      return carried;
    }
    const own = LEVEL_PREFIX.exec(name);
    if (own) {
      prefix = own[1];
      return name;
    }
    if (prefix !== "" && !OWN_PLACE.test(name.replace(FUNCTION_WORDS, "")) && AGENCY.test(name) && !isKnown(name)) {
      const carried = prefix + name;
      inferred.push(carried);
      return carried;
    }
    prefix = "";
    return name;
  });
  const unique = names.filter((name, index) => names.indexOf(name) === index);
  return { names: unique, inferred: inferred.filter((name, index) => inferred.indexOf(name) === index), runTogether };
}
