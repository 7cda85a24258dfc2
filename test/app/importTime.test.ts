import { importTime } from "../../src/app/importTime";

describe("importTime", () => {
  const instant = new Date("2026-12-04T07:03:40Z");

  it("writes the local minute with the offset from UTC", () => {
    expect(importTime(instant, 480)).toBe("2026-12-04 15:03 +08:00");
    expect(importTime(instant, 0)).toBe("2026-12-04 07:03 +00:00");
    expect(importTime(instant, -300)).toBe("2026-12-04 02:03 -05:00");
    expect(importTime(instant, 330)).toBe("2026-12-04 12:33 +05:30");
  });

  it("crosses the date line with the offset", () => {
    expect(importTime(new Date("2026-12-31T20:30:00Z"), 480)).toBe("2027-01-01 04:30 +08:00");
  });

  it("takes the machine's own offset when none is given", () => {
    const offset = -instant.getTimezoneOffset();
    expect(importTime(instant)).toBe(importTime(instant, offset));
    expect(importTime(instant)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2}$/);
  });
});
