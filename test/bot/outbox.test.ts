import { describe, expect, it } from "vitest";
import { createOutbox, createOutboxSender, TELEGRAM_PACING, type OutboxMessage } from "../../src/bot/outbox.js";
import { SendError, type ChannelSender, type Reply } from "../../src/bot/types.js";
import { createHarness, type Harness } from "../helpers/harness.js";

/** A Telegram-like fake that can fail the next sends in scripted ways. */
class ScriptedSender implements ChannelSender {
  readonly channel = "telegram" as const;
  delivered: { chatId: string; text: string; at: number }[] = [];
  failures: (SendError | Error)[] = [];
  constructor(private readonly h: Harness) {}
  async send(chatId: string, reply: Reply) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.delivered.push({ chatId, text: reply.text, at: this.h.clock.now().getTime() });
    return { messageId: String(this.delivered.length) };
  }
}

function setup(h: Harness, maxAttempts = 3, batchSize?: number) {
  const fake = new ScriptedSender(h);
  const sender = createOutboxSender({
    store: h.store,
    clock: h.clock,
    log: h.deps.log,
    senders: new Map([["telegram", fake]]),
    pacing: { telegram: TELEGRAM_PACING },
    maxAttempts,
    sleep: async (ms) => h.clock.advance(Math.max(ms, 1)),
    batchSize,
  });
  return { fake, sender, outbox: createOutbox(h.store, h.clock) };
}

const msg = (key: string, chatId: string, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  dedupeKey: key,
  channel: "telegram",
  chatId,
  reply: { text: `hello ${key}` },
  kind: "reminder",
  ...extra,
});

describe("durable outbox", () => {
  it("never queues the same key twice and sends each message once", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    expect(await outbox.enqueue(msg("k1", "1"))).toBe(true);
    expect(await outbox.enqueue(msg("k1", "1"))).toBe(false);
    await sender.drain();
    await sender.drain();
    expect(fake.delivered.map((d) => d.text)).toEqual(["hello k1"]);
  });

  it("paces one chat at one message per second and a group at 20 per minute", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    for (let i = 0; i < 3; i++) await outbox.enqueue(msg(`p${i}`, "42"));
    for (let i = 0; i < 3; i++) await outbox.enqueue(msg(`g${i}`, "-100"));
    await sender.drain();
    const gaps = (chat: string) => {
      const at = fake.delivered.filter((d) => d.chatId === chat).map((d) => d.at);
      return at.slice(1).map((t, i) => t - at[i]!);
    };
    expect(fake.delivered).toHaveLength(6);
    for (const g of gaps("42")) expect(g).toBeGreaterThanOrEqual(1000);
    for (const g of gaps("-100")) expect(g).toBeGreaterThanOrEqual(3000);
  });

  it("obeys 429 retry_after without dropping the message or using up attempts", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h, 2);
    for (let i = 0; i < 4; i++) fake.failures.push(new SendError("Too Many Requests", "rate_limited", 7));
    await outbox.enqueue(msg("r1", "5"));
    const start = h.clock.now().getTime();
    for (let i = 0; i < 5; i++) {
      await sender.drain();
      h.clock.advance(7000);
    }
    expect(fake.delivered).toHaveLength(1);
    expect(fake.delivered[0]!.at - start).toBeGreaterThanOrEqual(4 * 7000);
  });

  it("retries transient errors with backoff and records the last error after the attempt limit", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h, 3);
    fake.failures.push(new SendError("Bad Gateway", "transient"), new SendError("Bad Gateway", "transient"), new SendError("Bad Gateway", "transient"));
    await outbox.enqueue(msg("t1", "5"));
    for (let i = 0; i < 5; i++) {
      await sender.drain();
      h.clock.advance(60_000);
    }
    const row = await h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "t1" } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(3);
    expect(row.lastError).toMatch(/Bad Gateway/);
    expect(fake.delivered).toHaveLength(0);
  });

  it("retries a timed-out send once, carefully, after a pause", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    fake.failures.push(new SendError("timeout", "timeout"));
    await outbox.enqueue(msg("a1", "5"));
    await sender.drain();
    expect(fake.delivered).toHaveLength(0);
    // Not at once: the first attempt may still be arriving.
    h.clock.advance(10_000);
    await sender.drain();
    expect(fake.delivered).toHaveLength(0);
    h.clock.advance(30_000);
    await sender.drain();
    expect(fake.delivered.map((d) => d.text)).toEqual(["hello a1"]);
    expect((await h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "a1" } })).status).toBe("sent");
  });

  it("marks a send that timed out twice ambiguous, and the admins' report shows it", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    fake.failures.push(new SendError("timeout", "timeout"), new SendError("timeout", "timeout"));
    await outbox.enqueue(msg("a1", "5", { kind: "reply" }));
    await sender.drain();
    h.clock.advance(60_000);
    await sender.drain();
    h.clock.advance(60_000);
    await sender.drain();
    expect(fake.delivered).toHaveLength(0);
    expect((await h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "a1" } })).status).toBe("ambiguous");
    const { buildReport } = await import("../../src/flows/reminders/report.js");
    expect(await buildReport(h.store, h.clock.now(), "Asia/Ho_Chi_Minh")).toMatch(/chưa rõ đã đến 1 · lỗi 0/);
  });

  it("follows a group's migration to a supergroup", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    fake.failures.push(new SendError("group upgraded", "migrated", undefined, "-100777"));
    await outbox.enqueue(msg("m1", "-55"));
    await outbox.enqueue(msg("m2", "-55", { notBefore: new Date(h.clock.now().getTime() + 3_600_000) }));
    await sender.drain();
    h.clock.advance(3_600_000);
    await sender.drain();
    expect(fake.delivered.map((d) => d.chatId)).toEqual(["-100777", "-100777"]);
  });

  it("skips a message whose deadline passed before it could be sent", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    await outbox.enqueue(msg("e1", "5", { expiresAt: new Date(h.clock.now().getTime() - 1) }));
    await sender.drain();
    expect(fake.delivered).toHaveLength(0);
    expect((await h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "e1" } })).status).toBe("skipped");
  });

  it("re-queues a message left in flight by a killed process", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h);
    await outbox.enqueue(msg("s1", "5"));
    await h.store.outbox.updateMany({ data: { status: "sending" } });
    await sender.recover();
    await sender.drain();
    expect(fake.delivered).toHaveLength(1);
  });
});

describe("outbox with a channel switched off", () => {
  it("keeps sending on the other channels however many messages wait for the absent one", async () => {
    const h = await createHarness();
    const { fake, sender, outbox } = setup(h, 3, 5);
    for (let i = 0; i < 10; i++) await outbox.enqueue({ ...msg(`z${i}`, `zalo-${i}`), channel: "zalo" });
    await outbox.enqueue(msg("t1", "42"));
    await sender.drain();
    expect(fake.delivered.map((d) => d.text)).toEqual(["hello t1"]);
    expect(await h.store.outbox.count({ where: { channel: "zalo", status: "pending" } })).toBe(10);
  });
});
