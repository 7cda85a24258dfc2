import { readIsoDate } from "../dates/readIsoDate";
import type { RegisterEntry } from "./supervisionRegister";

/** A notice's number and dates: those of its row in the 督办登记 when it was registered before, else new ones. */
export interface NoticeNumbering {
  number: string;
  issued: string;
  due: string;
  /** The 督办登记 already holds this notice (same department, period and tasks): its number and row are reused. */
  alreadyRegistered: boolean;
}

/**
 * The numbers of a period's notices, decided against the 督办登记: a department whose notice for the same period
 * (进展截至) and the same tasks is registered keeps that number and its issue and due dates (the notice made again is
 * the same notice, not a second one); every other department — one whose lagging tasks changed too — gets the next
 * new number, from `firstNumber` on, in order. The earlier rows are never changed here.
 * @example registeredNoticeNumbers([{ department: "省经委", taskIds: ["2", "5"] }], [{ number: "〔2007〕第1号", department: "省经委", tasks: "2、5", issued: "2007-11-05", due: "2007-11-15", answered: "", closed: "", asOf: "2007-10-31" }], { asOf: "2007-10-31", year: 2007, firstNumber: 2, issued: "2007-11-20", due: "2007-11-30" }) // [{ number: "〔2007〕第1号", issued: "2007-11-05", due: "2007-11-15", alreadyRegistered: true }]
 */
export function registeredNoticeNumbers(
  notices: readonly { department: string; taskIds: readonly string[] }[],
  entries: readonly RegisterEntry[],
  request: { asOf: string; year: number; firstNumber: number; issued: string; due: string },
): NoticeNumbering[] {
  let next = request.firstNumber;
  return notices.map((notice) => {
    const tasks = notice.taskIds.join("、");
    const registered = [...entries].reverse().find((entry) => entry.asOf !== "" && entry.asOf === request.asOf && entry.department === notice.department && entry.tasks === tasks);
    if (registered !== undefined) {
      const issued = readIsoDate(registered.issued) !== null ? registered.issued : request.issued;
      const due = readIsoDate(registered.due) !== null ? registered.due : request.due;
      return { number: registered.number, issued, due, alreadyRegistered: true };
    }
    const number = `〔${request.year}〕第${next}号`;
    next += 1;
    return { number, issued: request.issued, due: request.due, alreadyRegistered: false };
  });
}
