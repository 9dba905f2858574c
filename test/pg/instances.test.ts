// Several instances on one PostgreSQL, in one process for speed: outbox claims with leases, and
// jobs that run on one instance at a time and move to another when their holder dies.
import { afterAll, describe, expect, it } from "vitest";
import { createOutbox, createOutboxSender, SHELL_PACING } from "../../src/bot/outbox.js";
import type { ChannelSender, Reply } from "../../src/bot/types.js";
import { systemClock } from "../../src/clock.js";
import { createLogger } from "../../src/log.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { createJobRunner } from "../../src/store/jobs-runner.js";
import { postgresForSuite, scratchPgDatabase } from "../helpers/test-db.js";

const reachable = await postgresForSuite("test/pg/instances");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const log = createLogger("silent");

async function sharedDatabase(): Promise<{ url: string; open(): Promise<Store> }> {
  const db = await scratchPgDatabase();
  cleanups.push(db.drop);
  return {
    url: db.url,
    async open() {
      const store = await openMigratedStore(db.url, { poolMax: 4, idleMs: 500 });
      cleanups.push(() => store.$disconnect());
      return store;
    },
  };
}

class CountingSender implements ChannelSender {
  readonly channel = "shell" as const;
  constructor(readonly deliveries: Map<string, number>, readonly delayMs = 0) {}
  async send(chatId: string, _reply: Reply) {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    this.deliveries.set(chatId, (this.deliveries.get(chatId) ?? 0) + 1);
    return { messageId: chatId };
  }
}

describe.skipIf(!reachable)("several instances on one PostgreSQL", () => {
  it("three senders draining one outbox together deliver each of 120 messages exactly once", async () => {
    const db = await sharedDatabase();
    const stores = [await db.open(), await db.open(), await db.open()];
    const outbox = createOutbox(stores[0]!, systemClock);
    for (let i = 0; i < 120; i++) {
      await outbox.enqueue({ dedupeKey: `m${i}`, channel: "shell", chatId: `c${i}`, reply: { text: `tin ${i}` }, kind: "reminder" });
    }
    const deliveries = new Map<string, number>();
    const senders = stores.map((store) =>
      createOutboxSender({
        store,
        clock: systemClock,
        log,
        senders: new Map([["shell", new CountingSender(deliveries, 1)]]),
        pacing: { shell: SHELL_PACING },
        maxAttempts: 3,
        batchSize: 10,
      }),
    );
    const sent = await Promise.all(senders.map((s) => s.drain()));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(120);
    expect(deliveries.size).toBe(120);
    expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(await stores[0]!.outbox.count({ where: { status: "sent" } })).toBe(120);
  }, 120_000);

  it("takes back a dead instance's claimed message only once its lease has run out", async () => {
    const db = await sharedDatabase();
    const [a, b] = [await db.open(), await db.open()];
    await createOutbox(a, systemClock).enqueue({ dedupeKey: "x", channel: "shell", chatId: "c1", reply: { text: "x" }, kind: "reminder" });
    const deliveries = new Map<string, number>();
    const hanging: ChannelSender = { channel: "shell", send: () => new Promise(() => undefined) };
    const dying = createOutboxSender({ store: a, clock: systemClock, log, senders: new Map([["shell", hanging]]), pacing: {}, maxAttempts: 3, leaseMs: 1_500 });
    void dying.drainOnce();
    await expect.poll(() => a.outbox.count({ where: { status: "sending" } })).toBe(1);
    const survivor = createOutboxSender({ store: b, clock: systemClock, log, senders: new Map([["shell", new CountingSender(deliveries)]]), pacing: {}, maxAttempts: 3, leaseMs: 1_500 });
    expect(await survivor.drain()).toBe(0); // still leased: not taken back
    await new Promise((r) => setTimeout(r, 1_600));
    expect(await survivor.drain()).toBe(1);
    expect(deliveries.get("c1")).toBe(1);
  });

  it("runs a job on one instance at a time, and another takes it over when the holder stops renewing", async () => {
    const db = await sharedDatabase();
    const runs: string[] = [];
    const runners = ["A", "B"].map(async (name) => {
      const store = await db.open();
      const runner = createJobRunner({ store, clock: systemClock, log, owner: name, leaseMs: 900 });
      runner.add({ name: "housekeeping", scope: "one", everyMs: 100, run: async () => void runs.push(name) });
      return runner;
    });
    const [ra, rb] = await Promise.all(runners);
    ra!.start();
    rb!.start();
    await new Promise((r) => setTimeout(r, 1_200));
    const first = new Set(runs);
    expect(first.size).toBe(1); // only the holder ran it
    const holder = [...first][0]!;
    await (holder === "A" ? ra! : rb!).stop();
    const before = runs.length;
    await new Promise((r) => setTimeout(r, 1_500));
    const after = runs.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(new Set(after)).toEqual(new Set([holder === "A" ? "B" : "A"]));
    await (holder === "A" ? rb! : ra!).stop();
  });
});
