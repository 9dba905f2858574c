import { describe, expect, it, vi } from "vitest";
import { createBotJobRunner } from "../../src/bot-jobs.js";
import { createReminderPlanner } from "../../src/flows/reminders/planner.js";
import { createHarness } from "../helpers/harness.js";
import { createWorld, fixtureCsv, importAsAdmin, linkGroup } from "./helpers.js";

describe("reminder planner", () => {
  it("plans idempotently, even with two instances ticking at once", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await linkGroup(w, "-1002", "Huế all");
    w.h.clock.set("2026-01-18T08:50:00Z");
    const other = createReminderPlanner({ store: w.h.store, clock: w.h.clock, config: w.h.config, log: w.h.deps.log });
    const results = await Promise.all([w.planner.tick(), other.tick(), w.planner.tick(), other.tick()]);
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(3); // -1001: D1-01; -1002: D1-01 and D1-02
    expect(await w.h.store.outbox.count()).toBe(3);
  });

  it("does not plan what is not yet within the horizon", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    w.h.clock.set("2026-01-18T08:44:00Z"); // 16 minutes before the day-before reminder
    expect((await w.planner.tick()).queued).toBe(0);
    w.h.clock.set("2026-01-18T08:45:00Z");
    expect((await w.planner.tick()).queued).toBe(1);
  });

  it("plans as soon as the bot's job runner starts, and stops cleanly", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    w.h.clock.set("2026-01-18T08:50:00Z");
    const planner = createReminderPlanner({ store: w.h.store, clock: w.h.clock, config: w.h.config, log: w.h.deps.log });
    // The production job list (src/bot-jobs.ts), with a sender that sends nothing.
    const jobs = createBotJobRunner(
      { store: w.h.store, clock: w.h.clock, log: w.h.deps.log, owner: "test", leaseMs: 30_000 },
      { store: w.h.store, clock: w.h.clock, log: w.h.deps.log, outboxSender: { drainOnce: async () => 0, renewLeases: async () => undefined }, planner },
    );
    jobs.start();
    await vi.waitFor(async () => expect(await w.h.store.outbox.count()).toBe(1), { timeout: 5_000 });
    await jobs.stop();
    expect(await w.h.store.outbox.count()).toBe(1);
  });

  it("refuses an unreadable REMINDER_OFFSETS at start-up", async () => {
    const h = await createHarness({ REMINDER_OFFSETS: "D-1@16:00,tomorrow" });
    expect(() => createReminderPlanner({ store: h.store, clock: h.clock, config: h.config, log: h.deps.log })).toThrow(/REMINDER_OFFSETS.*"tomorrow"/);
  });

  it("uses configured offsets", async () => {
    const w = await createWorld({ REMINDER_OFFSETS: "D-2@09:00,15m" });
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    w.h.clock.set("2026-01-17T01:55:00Z"); // 09:00 on 17/01 is 02:00Z
    await w.runUntil("2026-01-17T02:05:00Z");
    w.h.clock.set("2026-01-19T01:10:00Z"); // 08:15 on 19/01 is 01:15Z
    await w.runUntil("2026-01-19T01:20:00Z");
    expect(w.to("-1001").map((d) => d.at)).toEqual(["2026-01-17T02:00:00.000Z", "2026-01-19T01:15:00.000Z"]);
  });
});
