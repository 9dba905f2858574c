// A real process is killed (SIGKILL) halfway through a 1,000-chat announcement and started again:
// every chat gets it, and only the message in flight at the kill may arrive twice.
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { createAnnouncementService } from "../../src/flows/announcements/service.js";
import { announcements as t } from "../../src/messages/index.js";
import { openMigratedStore } from "../../src/store/db.js";
import { killAndRestartDuringBroadcast, killRestartWorkers } from "../helpers/restart.js";

const CHATS = 1000;
const KILL_AFTER = 500;
const NOW = "2026-01-18T09:00:00Z";
// Markup characters arrive as typed: the text is sent without a parse mode, so Telegram cannot refuse it.
const TEXT = "Hạn gửi <b>danh sách</b> *cán bộ đầu mối* được gia hạn đến 23/01_2026 [xem /hoso].";

afterEach(killRestartWorkers);

/** 1,000 linked groups and one announcement to all of them, queued now. */
async function prepare(url: string): Promise<string[]> {
  const store = await openMigratedStore(url);
  const chats = Array.from({ length: CHATS }, (_, i) => String(-1003000000 - i));
  await store.chat.createMany({
    data: chats.map((id, i) => ({ channel: "telegram", externalId: id, kind: "group", title: `Nhóm ${i}`, province: "Thành phố Hà Nội", audience: "all" })),
  });
  const service = createAnnouncementService({ store, clock: new FakeClock(NOW), log: pino({ level: "silent" }) });
  const r = await service.create({ text: TEXT, audience: "all", provinces: [] }, "telegram:900");
  expect(r).toMatchObject({ ok: true, total: CHATS });
  await store.$disconnect();
  return chats;
}

describe("restart during an announcement", () => {
  it("leaves 0 chats missing and repeats at most the message in flight when the process is killed", async () => {
    // The real 28/s would make 1,000 chats take 40 s.
    const run = await killAndRestartDuringBroadcast({ name: "announce-restart", prepare, killAfter: KILL_AFTER, now: NOW, sendDelayMs: 5, perSecond: 400 });

    expect(run.missing).toEqual([]);
    expect(run.unexpected).toEqual([]);
    expect(run.extra).toBeLessThanOrEqual(1);
    for (const chat of run.repeated) expect(chat).toBe(run.inFlightChat);
    expect(new Set(run.messages.map((m) => m.text))).toEqual(new Set([`${t.header}\n\n${TEXT}`]));
    expect(run.calls.filter((c) => c.method === "sendMessage" && c.params.parse_mode !== undefined)).toEqual([]);
    expect(run.outbox).toEqual([{ kind: "announcement", status: "sent", count: CHATS }]);
    console.log(`announcement restart: ${CHATS} chats, killed after ${KILL_AFTER}, missing ${run.missing.length}, repeated ${run.repeated.length}`);
  }, 300_000);
});
