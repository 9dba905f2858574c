// A real process is killed (SIGKILL) halfway through a broadcast and started again: every chat
// still gets the reminder, and only the message in flight at the kill may arrive twice.
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { applySchedule, readScheduleFile, validateSchedule } from "../../src/flows/reminders/schedule-import.js";
import { openMigratedStore } from "../../src/store/db.js";
import { killAndRestartDuringBroadcast, killRestartWorkers } from "../helpers/restart.js";
import { fixtureCsv } from "./helpers.js";

const GROUPS = 45;
const OFFICERS = 15;
const KILL_AFTER = 20;

afterEach(killRestartWorkers);

async function prepareDatabase(url: string): Promise<string[]> {
  const store = await openMigratedStore(url);
  const read = await readScheduleFile(fixtureCsv(), "lich.csv");
  const v = validateSchedule(read.ok ? read.rows : []);
  if (!v.ok) throw new Error("fixture should be valid");
  await applySchedule(store, v.rows, { now: new Date("2026-01-10T02:00:00Z"), tz: "Asia/Ho_Chi_Minh", log: pino({ level: "silent" }) });
  const chats: string[] = [];
  for (let i = 0; i < GROUPS; i++) {
    const id = String(-1002000000 - i);
    await store.chat.create({ data: { channel: "telegram", externalId: id, kind: "group", province: "Thành phố Hà Nội", audience: "so" } });
    chats.push(id);
  }
  for (let i = 0; i < OFFICERS; i++) {
    const id = String(3000000 + i);
    await store.person.create({ data: { channel: "telegram", externalId: id, privateChatId: id } });
    await store.officer.create({
      data: {
        channel: "telegram", externalUserId: id, province: "Hà Nội", unitKind: "so_vhttdl", unitName: "Sở VHTTDL", fullName: `Cán bộ ${i}`,
        position: "Chuyên viên", phone: "0900000000", email: "canbo@example.org", role: "phoi_hop", consentAt: new Date("2026-01-05T00:00:00Z"),
      },
    });
    chats.push(id);
  }
  await store.$disconnect();
  return chats;
}

describe("restart during a broadcast", () => {
  it("loses no reminder and repeats at most the one in flight when the process is killed", async () => {
    const run = await killAndRestartDuringBroadcast({
      name: "reminders-restart",
      prepare: prepareDatabase,
      killAfter: KILL_AFTER,
      // 16:00 on 18/01 in Hà Nội: the day-before reminder of D1-01 is due.
      now: "2026-01-18T09:00:00Z",
      // Slow enough per call that the kill lands mid-broadcast, with a message in flight.
      sendDelayMs: 25,
    });

    expect(run.missing).toEqual([]);
    expect(run.unexpected).toEqual([]);
    expect(run.extra).toBeLessThanOrEqual(1);
    for (const chat of run.repeated) expect(chat).toBe(run.inFlightChat);
    expect(run.outbox).toEqual([{ kind: "reminder", status: "sent", count: run.chats.length }]);
    // Two real processes on a shared 2-core machine: it takes ~27 s alone under load, so the
    // default 30 s limit failed it whenever another process-heavy test ran at the same time.
  }, 120_000);
});
