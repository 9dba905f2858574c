// The router skips writing a chat/person it already wrote and re-reading a form it already knows.
// These tests check that what others write to those rows still takes effect, as before the cache.
import { describe, expect, it } from "vitest";
import type { Feature } from "../../src/bot/context.js";
import { createRouter } from "../../src/bot/router.js";
import { createHarness, message } from "../helpers/harness.js";

/** Echoes whether a form is open, and opens one on "mo". */
const probe: Feature = {
  name: "probe",
  async onText(ctx) {
    if (ctx.in.text === "mo") await ctx.flow.save({ flow: "probe", step: "a", data: {} });
    const open = await ctx.flow.get();
    return [{ text: open ? "open" : "closed" }];
  },
  async onFlowInput() {
    return undefined;
  },
};

describe("known rows", () => {
  it("writes a person's name again after something else erased it", async () => {
    const h = await createHarness();
    const router = createRouter(h.deps, [probe]);
    await router.handle(message("chao", { userId: "7", name: "Lan" }));
    await router.handle(message("chao", { userId: "7", name: "Lan" }));
    await h.store.person.updateMany({ where: { channel: "telegram" }, data: { displayName: null } });
    await router.handle(message("chao", { userId: "7", name: "Lan" }));
    const person = await h.store.person.findUnique({ where: { channel_externalId: { channel: "telegram", externalId: "7" } } });
    expect(person?.displayName).toBe("Lan");
  });

  it("records a new name and a group's new title the first time they change", async () => {
    const h = await createHarness();
    const router = createRouter(h.deps, [probe]);
    await router.handle(message("chao", { userId: "8", name: "Lan" }));
    await router.handle(message("chao", { userId: "8", name: "Lan Anh" }));
    const group = { chatId: "-5", chatKind: "group" as const, userId: "8", name: "Lan Anh", mentioned: true };
    await router.handle({ ...message("chao", group), chat: { id: "-5", kind: "group", title: "Tỉnh A" } });
    await router.handle({ ...message("chao", group), chat: { id: "-5", kind: "group", title: "Tỉnh A mới" } });
    const person = await h.store.person.findUnique({ where: { channel_externalId: { channel: "telegram", externalId: "8" } } });
    const chat = await h.store.chat.findUnique({ where: { channel_externalId: { channel: "telegram", externalId: "-5" } } });
    expect(person?.displayName).toBe("Lan Anh");
    expect(chat?.title).toBe("Tỉnh A mới");
  });

  it("sees a form deleted by someone else (erasure, sweep) as closed", async () => {
    const h = await createHarness();
    const router = createRouter(h.deps, [probe]);
    const [opened] = await router.handle(message("mo", { userId: "9" }));
    expect(opened?.reply.text).toBe("open");
    await h.store.flowState.deleteMany({ where: { channel: "telegram", userId: "9" } });
    const [after] = await router.handle(message("chao", { userId: "9" }));
    expect(after?.reply.text).toBe("closed");
  });
});
