import { DEFAULT_SETTINGS } from "../../../src/domain/evaluation";
import { taskStatus, type TaskStatusFacts } from "../../../src/domain/progress/taskStatus";

const onTrack: TaskStatusFacts = { done: false, pastDeadline: false, reported: true, onSchedule: true, gapPoints: 2, daysToDeadline: 60 };

describe("taskStatus", () => {
  it("follows the precedence done, overdue, no report, lagging badly, lagging, due soon, on schedule", () => {
    expect(taskStatus({ ...onTrack, done: true, pastDeadline: true, reported: false }, DEFAULT_SETTINGS)).toBe("done");
    expect(taskStatus({ ...onTrack, pastDeadline: true, reported: false, onSchedule: false }, DEFAULT_SETTINGS)).toBe("overdue");
    expect(taskStatus({ ...onTrack, reported: false, onSchedule: false, gapPoints: -50 }, DEFAULT_SETTINGS)).toBe("no-report");
    expect(taskStatus({ ...onTrack, onSchedule: false, gapPoints: -30.1, daysToDeadline: 3 }, DEFAULT_SETTINGS)).toBe("lagging-badly");
    expect(taskStatus({ ...onTrack, onSchedule: false, gapPoints: -30, daysToDeadline: 3 }, DEFAULT_SETTINGS)).toBe("lagging");
    expect(taskStatus({ ...onTrack, daysToDeadline: 15 }, DEFAULT_SETTINGS)).toBe("due-soon");
    expect(taskStatus({ ...onTrack, daysToDeadline: 16 }, DEFAULT_SETTINGS)).toBe("on-schedule");
    expect(taskStatus({ ...onTrack, daysToDeadline: null }, DEFAULT_SETTINGS)).toBe("on-schedule");
  });

  it("uses the clerk's thresholds", () => {
    expect(taskStatus({ ...onTrack, onSchedule: false, gapPoints: -12 }, { laggingBadlyGap: 10, dueSoonDays: 15 })).toBe("lagging-badly");
    expect(taskStatus({ ...onTrack, daysToDeadline: 20 }, { laggingBadlyGap: 30, dueSoonDays: 30 })).toBe("due-soon");
  });
});
