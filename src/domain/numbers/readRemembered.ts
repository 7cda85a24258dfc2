import type { NumberMention } from "./numberMention";

/**
 * A text's number mentions, read by `read` unless remembered. A text asked for again (a task's target shared by many
 * tasks, a report read for several targets) is kept with its mentions; one asked for once (most progress texts: their
 * caller passes the mentions along) is only remembered as seen, so that its mentions die young. Each text has one of
 * SLOTS places, picked from its length and a few of its characters — no hashing of the whole text, which cost about
 * as much as reading it — so at most SLOTS of each are kept (a text whose place another takes is read again). Every
 * caller gets the same mentions: they are read-only (a caller that changes one makes its own copy).
 * @example readRemembered("完成投资126.6亿元", readNumbers) // the same list each time the text is asked for again
 */
export function readRemembered(text: string, read: (text: string) => NumberMention[]): readonly NumberMention[] {
  const slot = slotOf(text);
  if (FOUND_TEXTS[slot] === text) return FOUND_MENTIONS[slot];
  const found = read(text);
  if (SEEN_TEXTS[slot] === text) {
    FOUND_TEXTS[slot] = text;
    FOUND_MENTIONS[slot] = found;
  } else SEEN_TEXTS[slot] = text;
  return found;
}

const SLOTS = 4096;
const FOUND_TEXTS: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const FOUND_MENTIONS: (readonly NumberMention[])[] = new Array<readonly NumberMention[]>(SLOTS).fill([]);
const SEEN_TEXTS: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

/** The text's place: its length and up to eight characters spread over it, mixed. */
function slotOf(text: string): number {
  const length = text.length;
  let mixed = Math.imul(length, 0x9e3779b1);
  const step = length > 8 ? length >> 3 : 1;
  for (let at = length - 1; at >= 0 && at > length - 1 - 8 * step; at -= step) mixed = Math.imul(mixed ^ text.charCodeAt(at), 0x01000193);
  return (mixed ^ (mixed >>> 15)) & (SLOTS - 1);
}
