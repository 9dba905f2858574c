import { afterEach, describe, expect, it } from "vitest";
import { formatWhen } from "../../src/flows/reminders/sessions.js";
import { parseReminderOffsets, reminderTime } from "../../src/flows/reminders/time.js";
import { localParts, zonedToUtc } from "../../src/time.js";

const VN = "Asia/Ho_Chi_Minh";
const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("local time in Asia/Ho_Chi_Minh", () => {
  const [dayBefore, hourBefore] = parseReminderOffsets("D-1@16:00,60m");

  // The process zone must not matter: servers run in UTC, laptops in +07 or elsewhere.
  for (const processTz of ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"]) {
    it(`converts wall-clock times the same way when the process runs in ${processTz}`, () => {
      process.env.TZ = processTz;
      const start = zonedToUtc({ y: 2026, m: 1, d: 19 }, { h: 8, mi: 30 }, VN);
      expect(start.toISOString()).toBe("2026-01-19T01:30:00.000Z");
      expect(reminderTime(dayBefore!, start, VN).toISOString()).toBe("2026-01-18T09:00:00.000Z");
      expect(reminderTime(hourBefore!, start, VN).toISOString()).toBe("2026-01-19T00:30:00.000Z");
      expect(formatWhen(start, new Date("2026-01-19T04:30:00Z"), VN)).toBe("Thứ Hai, 19/01/2026, 08:30–11:30");
    });
  }

  it("takes 'the day before' from the local date, not the UTC one", () => {
    // 00:30 on 19/01 in Hà Nội is still 18/01 in UTC: the day before is 18/01 local, not 17/01.
    const start = zonedToUtc({ y: 2026, m: 1, d: 19 }, { h: 0, mi: 30 }, VN);
    expect(start.toISOString()).toBe("2026-01-18T17:30:00.000Z");
    expect(reminderTime(dayBefore!, start, VN).toISOString()).toBe("2026-01-18T09:00:00.000Z");
  });

  it("crosses month and year boundaries", () => {
    const feb = zonedToUtc({ y: 2026, m: 2, d: 1 }, { h: 8, mi: 0 }, VN);
    expect(reminderTime(dayBefore!, feb, VN).toISOString()).toBe("2026-01-31T09:00:00.000Z");
    const jan = zonedToUtc({ y: 2027, m: 1, d: 1 }, { h: 8, mi: 0 }, VN);
    expect(reminderTime(parseReminderOffsets("D-2@08:00")[0]!, jan, VN).toISOString()).toBe("2026-12-30T01:00:00.000Z");
  });

  it("handles zones with daylight saving time too", () => {
    // After the spring change Berlin is UTC+2.
    expect(zonedToUtc({ y: 2026, m: 3, d: 29 }, { h: 9, mi: 0 }, "Europe/Berlin").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(zonedToUtc({ y: 2026, m: 3, d: 28 }, { h: 9, mi: 0 }, "Europe/Berlin").toISOString()).toBe("2026-03-28T08:00:00.000Z");
  });

  it("gives the local weekday", () => {
    expect(localParts(new Date("2026-01-18T17:30:00Z"), VN).weekday).toBe(1); // Monday 19/01 local
    expect(localParts(new Date("2026-01-18T17:30:00Z"), "UTC").weekday).toBe(0);
  });
});

describe("REMINDER_OFFSETS", () => {
  it("reads the default and other forms", () => {
    expect(parseReminderOffsets("D-1@16:00,60m").map((o) => o.id)).toEqual(["D-1@1600", "60m"]);
    expect(parseReminderOffsets(" d-2@7:30 , 2h, 120m ").map((o) => o.id)).toEqual(["D-2@0730", "120m"]);
  });

  it("refuses what it cannot read, naming each bad part", () => {
    expect(() => parseReminderOffsets("D-1@25:00,soon,60m")).toThrow(/"D-1@25:00", "soon"/);
  });
});
