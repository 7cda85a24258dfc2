/** Named leaders taken out of a responsibility text, and the text left. */
export interface LeadersInText {
  /** Persons as written (杜新国, 丁玲), in order; never departments. */
  leaders: string[];
  /** The text without the leader labels and names. */
  rest: string;
}

/** 责任领导： / 分管领导： / 市领导： / 联系区领导： / 责任人： (simplified, half-width colon or full-width). */
const LEADER_LABEL = /(?:(?:责任|分管|牵头|联系|包保|挂点|主抓|主管|协管)?(?:负责)?(?:省|市|区|县|州|旗|镇|乡)?(?:级)?领导|责任人)\s*[：:]/g;
/** Where a leader segment ends: the next label (牵头单位：), a ；, a 。 or a closing bracket. */
const SEGMENT_END = /[；;。）)]|[\u4e00-\u9fff]{2,8}\s*[：:]/;

/**
 * Take the named leaders (责任领导：张三 / 分管领导：… / 市领导：…) out of a responsibility text: they are persons,
 * kept apart from the units. Names are split at 、，, and spaces.
 * @example readLeaders("责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局")
 * // { leaders: ["杜新国", "丁玲"], rest: ";牵头单位:区发改局、区农业农村局" }
 */
export function readLeaders(text: string): LeadersInText {
  const leaders: string[] = [];
  let rest = "";
  let from = 0;
  for (const label of text.matchAll(LEADER_LABEL)) {
    if (label.index < from) continue;
    const start = label.index + label[0].length;
    const end = SEGMENT_END.exec(text.slice(start));
    const stop = end ? start + end.index : text.length;
    for (const name of text.slice(start, stop).split(/[、，,\s\u3000]+/)) {
      const person = name.replace(/^[：:]+|[。.；;]+$/g, "");
      if (person !== "" && !leaders.includes(person)) leaders.push(person);
    }
    rest += text.slice(from, label.index);
    from = stop;
  }
  rest += text.slice(from);
  return { leaders, rest };
}
