// Updates from one chat are handled one after another, in order; different chats in parallel.
// Both modes: webhook (through the HTTP edge) and long polling (a batch from getUpdates).
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Incoming } from "../../src/bot/types.js";
import { serveEdge } from "../helpers/http-edge.js";
import { privateText } from "../helpers/telegram-recorder.js";
import { makeChannel } from "./harness.js";

const SECRET = "ordering-secret-1";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A handler that is slow for chat 1 (in a varying way) and quick for everyone else. */
function slowHooks() {
  const handled: { chat: string; text: string; at: number }[] = [];
  let running = 0;
  let maxRunningPerChat1 = 0;
  return {
    handled,
    maxRunningPerChat1: () => maxRunningPerChat1,
    hooks: {
      onIncoming: async (inc: Incoming) => {
        if (inc.chat.id === "1") {
          running++;
          maxRunningPerChat1 = Math.max(maxRunningPerChat1, running);
          // Later messages finish faster: without ordering they would overtake.
          await sleep(Math.max(1, 40 - Number(inc.text) * 3));
          running--;
        }
        handled.push({ chat: inc.chat.id, text: inc.text, at: Date.now() });
      },
    },
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

describe("Telegram update order", () => {
  it("webhook: one chat's updates in order, another chat not held up", async () => {
    const s = slowHooks();
    const t = makeChannel({ webhook: { url: "https://x.invalid/tg", secret: SECRET }, hooks: s.hooks });
    const edge = await serveEdge([t.channel.webhook!]);
    closers.push(edge.close);
    const post = (userId: number, text: string) =>
      fetch(`${edge.base}/tg`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(privateText(text, { userId })),
      });
    const started = Date.now();
    const all = [...Array.from({ length: 12 }, (_, i) => post(1, String(i))), post(2, "khác")];
    const statuses = (await Promise.all(all)).map((r) => r.status);
    expect(statuses.every((st) => st === 200)).toBe(true);
    expect(s.handled.filter((h) => h.chat === "1").map((h) => h.text)).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(s.maxRunningPerChat1()).toBe(1);
    // Chat 2 was answered long before chat 1's queue (12 × up to 40 ms) was through.
    const other = s.handled.find((h) => h.chat === "2")!;
    const lastOfChat1 = s.handled.filter((h) => h.chat === "1").at(-1)!;
    expect(other.at).toBeLessThan(lastOfChat1.at);
    expect(other.at - started).toBeLessThan(1_000);
  });

  it("long polling: a batch is spread over chats, each chat in order, and confirmed only when done", async () => {
    const s = slowHooks();
    const t = makeChannel({ hooks: s.hooks });
    const batch = [...Array.from({ length: 10 }, (_, i) => privateText(String(i), { userId: 1 })), privateText("khác", { userId: 2 })];
    let served = false;
    const offsets: unknown[] = [];
    const handledAtPoll: number[] = [];
    t.recorder.respond("getUpdates", (p) => {
      offsets.push(p.offset);
      handledAtPoll.push(s.handled.length);
      if (served) return [];
      served = true;
      return batch;
    });
    await t.channel.start();
    closers.push(() => t.channel.stop());
    await vi.waitFor(() => expect(s.handled).toHaveLength(11), { timeout: 5_000 });
    expect(s.handled.filter((h) => h.chat === "1").map((h) => h.text)).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
    expect(s.handled.findIndex((h) => h.chat === "2")).toBeLessThan(10);
    expect(s.maxRunningPerChat1()).toBe(1);
    // The offset that confirms the batch was only asked for after the whole batch was handled.
    await vi.waitFor(() => expect(offsets.length).toBeGreaterThan(1));
    expect(offsets[1]).toBe(batch.at(-1)!.update_id + 1);
    expect(handledAtPoll[1]).toBe(11);
  });
});
