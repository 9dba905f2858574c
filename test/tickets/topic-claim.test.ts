// Opening a ticket's forum topic is claimed in the database first: two instances on one database
// (or a retry after a process died mid-call) never open two topics for one ticket.
import { afterEach, expect, it } from "vitest";
import type { CreateTopic } from "../../src/flows/tickets/index.js";
import { TOPIC_CLAIM_LEASE_MS } from "../../src/store/tickets.js";
import { boot, choiceId, createWorld, officer, registerOfficer, staff, SUPPORT_CHAT, type Bot } from "./helpers.js";

let bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots) await b.close();
  bots = [];
});

/** A createTopic that records each call and answers only when released. */
function gatedTopics() {
  const calls: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const createTopic: CreateTopic = async (_channel, _chatId, name) => {
    calls.push(name);
    await gate;
    return `thread-${calls.length}`;
  };
  return { calls, createTopic, release: () => open() };
}

/** Opens ticket #1 with topics switched off for the opening instance (the workers post it). */
async function openTicket(bot: Bot): Promise<void> {
  await registerOfficer(bot.store);
  await bot.send(staff("/mo", { isForum: true }));
  const declined = await bot.send(officer("Quên mật khẩu tài khoản quản trị của xã thì lấy lại ở đâu?"));
  await bot.send(officer("", { choice: choiceId(declined, "Gửi cán bộ hỗ trợ") }));
  await bot.send(officer("", { choice: "ticket:send" }));
}

it("two instances posting the same ticket at once open one topic and queue one post", async () => {
  const world = createWorld();
  const opener = await boot(world, { topics: false });
  bots.push(opener);
  await openTicket(opener);

  const platform = gatedTopics();
  const a = await boot(world, { createTopic: platform.createTopic });
  const b = await boot(world, { createTopic: platform.createTopic });
  bots.push(a, b);
  const first = a.worker.postPending();
  await expect.poll(() => platform.calls.length).toBe(1);
  // The other instance finds the claim and waits instead of asking the platform too.
  expect(await b.worker.postPending()).toMatchObject({ queued: 0, waiting: 1 });
  platform.release();
  expect(await first).toMatchObject({ queued: 1 });
  expect(await b.worker.postPending()).toMatchObject({ queued: 0 });

  expect(platform.calls).toHaveLength(1);
  const posts = await a.store.outbox.findMany({ where: { chatId: SUPPORT_CHAT, kind: "ticket" } });
  expect(posts).toHaveLength(1);
  expect(JSON.parse(posts[0]!.payload)).toMatchObject({ threadId: "thread-1" });
});

it("after a process died while opening the topic, the next one posts without a second topic", async () => {
  const world = createWorld();
  const opener = await boot(world, { topics: false });
  bots.push(opener);
  await openTicket(opener);

  // The platform opened the topic, but the process died before it could save the answer.
  const dying = gatedTopics();
  const doomed = await boot(world, { createTopic: dying.createTopic });
  bots.push(doomed);
  void doomed.worker.postPending();
  await expect.poll(() => dying.calls.length).toBe(1);

  const retry = gatedTopics();
  retry.release();
  const next = await boot(world, { createTopic: retry.createTopic });
  bots.push(next);
  // Within the claim's lease the holder may still be working: nothing yet.
  expect(await next.worker.postPending()).toMatchObject({ queued: 0, waiting: 1 });
  world.clock.advance(TOPIC_CLAIM_LEASE_MS + 1000);
  expect(await next.worker.postPending()).toMatchObject({ queued: 1 });

  expect(retry.calls).toHaveLength(0);
  const posts = await next.store.outbox.findMany({ where: { chatId: SUPPORT_CHAT, kind: "ticket" } });
  expect(posts).toHaveLength(1);
  expect(JSON.parse(posts[0]!.payload).threadId).toBeUndefined();
  expect(world.logLines.join("")).toMatch(/posting without a topic/);
});
