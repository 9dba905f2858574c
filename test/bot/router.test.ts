import { describe, expect, it } from "vitest";
import { Conversation, createHarness, type Harness } from "../helpers/harness.js";
import type { Feature } from "../../src/bot/context.js";
import { createRouter } from "../../src/bot/router.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";

function onboardingRouter(h: Harness) {
  const features: Feature[] = [];
  features.push(createOnboardingFeature(() => features));
  return createRouter(h.deps, features);
}

describe("onboarding through the router", () => {
  it("answers /start in a private chat with a greeting that says it is a bot and the four main choices", async () => {
    const h = await createHarness();
    const chat = new Conversation(onboardingRouter(h));
    const [reply] = await chat.say("/start");
    expect(reply!.text).toMatch(/trợ lý tự động/);
    expect(reply!.choices!.map((c) => c.label)).toEqual([
      "Đặt câu hỏi",
      "Đăng ký cán bộ đầu mối",
      "Lịch tập huấn",
      "Gửi câu hỏi cho cán bộ hỗ trợ",
    ]);
  });

  it("maps a typed number on Zalo to the menu choice shown last", async () => {
    const h = await createHarness();
    const chat = new Conversation(onboardingRouter(h), { channel: "zalo" });
    const menu = await chat.say("/start");
    const [next] = await chat.choose(menu, "Đặt câu hỏi", { channel: "zalo" });
    expect(next!.text).toMatch(/gõ câu hỏi/);
  });

  it("maps the words of a choice, typed without diacritics, on the shell", async () => {
    const h = await createHarness();
    const chat = new Conversation(onboardingRouter(h), { channel: "shell" });
    await chat.say("/start");
    const [next] = await chat.say("lich tap huan");
    expect(next!.text).toMatch(/Lịch tập huấn/);
  });

  it("lists commands on /help", async () => {
    const h = await createHarness();
    const chat = new Conversation(onboardingRouter(h));
    const [reply] = await chat.say("/help");
    expect(reply!.text).toContain("/start");
    expect(reply!.text).toContain("/huy");
  });

  it("introduces itself when added to a group", async () => {
    const h = await createHarness();
    const chat = new Conversation(onboardingRouter(h), { chatId: "-100", chatKind: "group" });
    const [reply] = await chat.say("", { joinedGroup: true });
    expect(reply!.text).toMatch(/\/hoi/);
  });
});

describe("group gate and bad input", () => {
  const echo: Feature = { name: "echo", onText: async (ctx) => [{ text: `echo:${ctx.in.text}` }] };

  it("ignores plain group messages and answers mentions and replies to the bot", async () => {
    const h = await createHarness();
    const features: Feature[] = [];
    features.push(createOnboardingFeature(() => features), echo);
    const chat = new Conversation(createRouter(h.deps, features), { chatId: "-100", chatKind: "group" });
    expect(await chat.say("hello everyone")).toEqual([]);
    expect((await chat.say("question", { mentioned: true }))[0]!.text).toBe("echo:question");
    expect((await chat.say("follow-up", { repliedToBot: true }))[0]!.text).toBe("echo:follow-up");
  });

  it("answers empty, emoji-only, control-character and overlong messages politely, within limits", async () => {
    const h = await createHarness();
    const chat = new Conversation(createRouter(h.deps, [echo]));
    for (const text of ["", "😀😀🎉", "\u0000\u0007\u001b"]) {
      const [reply] = await chat.say(text);
      expect(reply!.text).toMatch(/gửi câu hỏi bằng chữ/);
    }
    const [long] = await chat.say("a".repeat(10_000));
    expect(long!.text).toMatch(/quá dài/);
    expect(long!.text.length).toBeLessThan(2000);
  });

  it("turns a handler crash into an apology and keeps going", async () => {
    const h = await createHarness();
    const boom: Feature = { name: "boom", onText: async () => { throw new Error("x"); } };
    const chat = new Conversation(createRouter(h.deps, [boom]));
    expect((await chat.say("hi"))[0]!.text).toMatch(/sự cố/);
    expect(h.logLines.join("")).toMatch(/handler failed/);
  });

  it("sends personal replies privately when asked in a group", async () => {
    const h = await createHarness();
    const personal: Feature = { name: "p", commands: [{ command: "me", description: "me", handle: async () => [{ text: "secret", privateOnly: true }] }] };
    const router = createRouter(h.deps, [personal]);
    const group = new Conversation(router, { chatId: "-100", chatKind: "group", userId: "u9" });
    expect((await group.say("/me"))[0]!.text).toMatch(/nhắn riêng/);
    const dm = new Conversation(router, { userId: "u9" });
    await dm.say("/me");
    await router.dispatch((await import("../helpers/harness.js")).message("/me", { chatId: "-100", chatKind: "group", userId: "u9" }), group.sender);
    const sent = group.sender.take();
    expect(sent).toEqual([
      { chatId: "u9", reply: { text: "secret", privateOnly: true } },
      { chatId: "-100", reply: { text: expect.stringMatching(/tin nhắn riêng/) } },
    ]);
  });
});

describe("router error boundary", () => {
  it("still answers politely when the database fails while remembering the person", async () => {
    const h = await createHarness();
    const router = onboardingRouter(h);
    const chat = new Conversation(router);
    // The person's row cannot be written: its table is away (as good as a database fault).
    await h.store.$executeRawUnsafe('ALTER TABLE "Person" RENAME TO "PersonAway"');
    const [reply] = await chat.say("/start");
    expect(reply!.text).toMatch(/lỗi|sự cố|thử lại/i);
    await h.store.$executeRawUnsafe('ALTER TABLE "PersonAway" RENAME TO "Person"');
    const [after] = await chat.say("/start");
    expect(after!.text).toMatch(/trợ lý tự động/);
  });
});
