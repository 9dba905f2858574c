// Replies that meet an outage, a hang or a 429 are not dropped: they wait in the outbox.
import { describe, expect, it } from "vitest";
import { deliverReplies } from "../../src/bot/delivery.js";
import { createOutbox, createOutboxSender, TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { SendError, type ChannelSender, type Reply } from "../../src/bot/types.js";
import { createHarness, message } from "../helpers/harness.js";

class FlakySender implements ChannelSender {
  readonly channel = "telegram" as const;
  delivered: string[] = [];
  failures: SendError[] = [];
  async send(_chatId: string, reply: Reply) {
    const f = this.failures.shift();
    if (f) throw f;
    this.delivered.push(reply.text);
    return { messageId: String(this.delivered.length) };
  }
}

describe("reply delivery", () => {
  for (const failure of [
    new SendError("502 Bad Gateway", "transient"),
    new SendError("request timed out", "timeout"),
    new SendError("429", "rate_limited", 7),
  ]) {
    it(`queues the rest of an answer after a ${failure.kind} failure and sends it later, in order`, async () => {
      const h = await createHarness();
      const sender = new FlakySender();
      const outbox = createOutbox(h.store, h.clock);
      const inc = message("câu hỏi", { userId: "77" });
      sender.failures.push(failure);
      const outgoing = ["một", "hai", "ba"].map((text) => ({ chatId: "77", reply: { text } }));
      await deliverReplies({ outbox, clock: h.clock, log: h.deps.log }, inc, outgoing, sender);
      expect(sender.delivered).toEqual([]);
      expect(await h.store.outbox.count({ where: { kind: "reply", status: "pending" } })).toBe(3);

      const drainer = createOutboxSender({
        store: h.store,
        clock: h.clock,
        log: h.deps.log,
        senders: new Map([["telegram", sender]]),
        pacing: { telegram: TELEGRAM_PACING },
        maxAttempts: 5,
        sleep: async (ms) => h.clock.advance(Math.max(ms, 1)),
      });
      h.clock.advance(10_000);
      await drainer.drain();
      expect(sender.delivered).toEqual(["một", "hai", "ba"]);
    });
  }

  it("drops only a reply the platform refuses for good, and sends the others", async () => {
    const h = await createHarness();
    const sender = new FlakySender();
    sender.failures.push(new SendError("400 chat not found", "permanent"));
    const outbox = createOutbox(h.store, h.clock);
    await deliverReplies({ outbox, clock: h.clock, log: h.deps.log }, message("x"), [
      { chatId: "1", reply: { text: "a" } },
      { chatId: "1", reply: { text: "b" } },
    ], sender);
    expect(sender.delivered).toEqual(["b"]);
    expect(await h.store.outbox.count()).toBe(0);
  });
});
