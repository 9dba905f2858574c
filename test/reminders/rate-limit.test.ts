// The real Telegram adapter against a fake Bot API over HTTP that answers 429 with retry_after:
// the outbox waits as told, and every group still gets its reminder exactly once.
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboxSender, TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Channel, ChannelSender } from "../../src/bot/types.js";
import { createReminderPlanner } from "../../src/flows/reminders/planner.js";
import { applySchedule, readScheduleFile, validateSchedule } from "../../src/flows/reminders/schedule-import.js";
import { FakeTelegramServer } from "../fakes/telegram-fake-server.js";
import { createHarness } from "../helpers/harness.js";
import { fixtureCsv } from "./helpers.js";

let fake: FakeTelegramServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("Telegram rate limits", () => {
  it("obeys 429 retry_after and drops nothing", async () => {
    const h = await createHarness({}, "2026-01-10T02:00:00Z");
    const read = await readScheduleFile(fixtureCsv(), "lich.csv");
    const v = validateSchedule(read.ok ? read.rows : []);
    if (!v.ok) throw new Error("fixture should be valid");
    await applySchedule(h.store, v.rows, { now: h.clock.now(), tz: h.config.TZ, log: h.deps.log });
    const groups = Array.from({ length: 12 }, (_, i) => String(-1001000000 - i));
    for (const id of groups) {
      await h.store.chat.create({ data: { channel: "telegram", externalId: id, kind: "group", province: "Thành phố Hà Nội", audience: "so" } });
    }

    fake = await FakeTelegramServer.start({ now: () => h.clock.now().getTime() });
    // After the third message Telegram says "slow down" twice in a row.
    fake.onMessage = () => {
      if (fake!.messages.length === 3) fake!.rateLimitNext(5, 2);
    };
    const telegram = createTelegramChannel({
      token: fake.token,
      apiRoot: fake.apiRoot,
      hooks: { onIncoming: async () => {} },
      log: pino({ level: "silent" }),
      commands: [],
      // The outbox paces itself from SendError; grammY must not retry behind its back.
      autoRetry: false,
    });
    const sender = createOutboxSender({
      store: h.store,
      clock: h.clock,
      log: h.deps.log,
      senders: new Map<Channel, ChannelSender>([["telegram", telegram]]),
      pacing: { telegram: TELEGRAM_PACING },
      // One attempt only: a 429 must not use it up.
      maxAttempts: 1,
      sleep: async (ms) => h.clock.advance(Math.max(ms, 1)),
    });
    const planner = createReminderPlanner({ store: h.store, clock: h.clock, config: h.config, log: h.deps.log });

    h.clock.set("2026-01-18T09:00:00Z");
    await planner.tick();
    for (let i = 0; i < 10 && (await h.store.outbox.count({ where: { status: "pending" } })) > 0; i++) {
      await sender.drain();
      h.clock.advance(1000);
    }

    const sends = fake.calls.filter((c) => c.method === "sendMessage");
    expect(sends).toHaveLength(14); // 12 deliveries + 2 answered 429
    expect(fake.messages.map((m) => m.chatId).sort()).toEqual([...groups].sort());
    // Nothing was sent to Telegram during the 5 s after each 429.
    const limited = [sends[3]!.at, sends[4]!.at];
    expect(sends[4]!.at - sends[3]!.at).toBeGreaterThanOrEqual(5000);
    expect(sends[5]!.at - limited[1]!).toBeGreaterThanOrEqual(5000);
    const rows = await h.store.outbox.findMany({ where: { kind: "reminder" } });
    expect(rows.map((r) => r.status)).toEqual(Array(12).fill("sent"));
  });
});
