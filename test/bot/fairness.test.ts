// Fairness: per-person and per-chat limits, with one polite notice, that survive a restart.
import { describe, expect, it } from "vitest";
import type { Feature } from "../../src/bot/context.js";
import { createRouter } from "../../src/bot/router.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";
import { Conversation, createHarness, type Harness } from "../helpers/harness.js";

function router(h: Harness) {
  const features: Feature[] = [];
  features.push(createOnboardingFeature(() => features));
  return createRouter(h.deps, features);
}

const LIMITS = { USER_MESSAGES_PER_MINUTE: "5", CHAT_MESSAGES_PER_MINUTE: "8" };

describe("fairness", () => {
  it("answers a person's first messages, then says once to slow down, then stays quiet until the minute is over", async () => {
    const h = await createHarness(LIMITS);
    const chat = new Conversation(router(h), { userId: "flooder" });
    for (let i = 0; i < 5; i++) expect(await chat.say("/help")).toHaveLength(1);
    const [notice, ...rest] = await chat.say("/help");
    expect(rest).toEqual([]);
    expect(notice!.text).toMatch(/gửi tin hơi nhanh.*khoảng 60 giây/);
    expect(await chat.say("/help")).toEqual([]);
    expect(await chat.say("/start")).toEqual([]);

    // Someone else is served meanwhile.
    const other = new Conversation(chat.router, { userId: "patient" });
    expect((await other.say("/start"))[0]!.text).toMatch(/trợ lý tự động/);

    h.clock.advance(60_000);
    expect((await chat.say("/start"))[0]!.text).toMatch(/trợ lý tự động/);
  });

  it("keeps a limit across a restart (a new router on the same store)", async () => {
    const h = await createHarness(LIMITS);
    const before = new Conversation(router(h), { userId: "flooder" });
    for (let i = 0; i < 6; i++) await before.say("/help");
    h.clock.advance(20_000);
    const after = new Conversation(router(h), { userId: "flooder" });
    expect(await after.say("/help")).toEqual([]);
    expect(await h.store.rateLimit.count()).toBe(1);
    h.clock.advance(41_000);
    expect(await after.say("/help")).toHaveLength(1);
  });

  it("counts a person's messages on every instance, and only one of many simultaneous messages brings the notice", async () => {
    const h = await createHarness(LIMITS);
    // Two routers on one store: two bot instances behind a load balancer.
    const instances = [router(h), router(h)];
    for (let i = 0; i < 5; i++) expect(await new Conversation(instances[i % 2]!, { userId: "flooder" }).say("/help")).toHaveLength(1);
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => new Conversation(instances[i % 2]!, { userId: "flooder" }).say("/help")));
    const notices = replies.flat().filter((r) => /gửi tin hơi nhanh/.test(r.text));
    expect(notices).toHaveLength(1);
    expect(replies.flat()).toHaveLength(1);
  });

  it("limits a busy group as a whole, and ignores group chatter not addressed to the bot", async () => {
    const h = await createHarness(LIMITS);
    const r = router(h);
    const member = (i: number) => new Conversation(r, { userId: `m${i}`, chatId: "-100", chatKind: "group" });
    for (let i = 0; i < 30; i++) await member(i).say("chuyện phiếm trong nhóm");
    for (let i = 0; i < 8; i++) expect(await member(i).say("/help")).toHaveLength(1);
    const [notice] = await member(9).say("/help");
    expect(notice!.text).toMatch(/Nhóm đang gửi nhiều yêu cầu/);
    expect(await member(10).say("/help")).toEqual([]);
    // The same people are still answered in private.
    expect(await new Conversation(r, { userId: "m1" }).say("/help")).toHaveLength(1);
  });

  it("never holds back an admin", async () => {
    const h = await createHarness({ ...LIMITS, ADMIN_IDS: "telegram:boss" });
    const chat = new Conversation(router(h), { userId: "boss" });
    for (let i = 0; i < 12; i++) expect(await chat.say("/help")).toHaveLength(1);
  });
});
