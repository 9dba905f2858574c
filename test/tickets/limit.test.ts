// A person may have only MAX_OPEN_TICKETS questions waiting for staff at once.
import { afterEach, describe, expect, it } from "vitest";
import { boot, createWorld, officer, OFFICER, OFFICER_B, texts, UNANSWERED, UNANSWERED_2, type Bot } from "./helpers.js";

let bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots) await b.close();
  bots = [];
});

describe("open tickets per person", () => {
  it("refuses a third open ticket with the numbers of the open ones, and allows it again once one is closed", async () => {
    const world = createWorld({ MAX_OPEN_TICKETS: "2" });
    const bot = await boot(world);
    bots.push(bot);
    expect(texts(await bot.send(officer(`/hotro ${UNANSWERED}`)))).toBeTruthy();
    await bot.send(officer("", { choice: "ticket:send" }));
    await bot.send(officer(`/hotro ${UNANSWERED_2}`));
    await bot.send(officer("", { choice: "ticket:send" }));
    expect(await bot.store.ticket.count()).toBe(2);

    const refused = texts(await bot.send(officer("/hotro Câu hỏi thứ ba về phân quyền tài khoản")));
    expect(refused).toMatch(/#1, #2/);
    expect(refused).toMatch(/tối đa 2/);
    expect(texts(await bot.send(officer("/hotro")))).toMatch(/tối đa 2/);
    expect(await bot.store.ticket.count()).toBe(2);

    // Someone else is not affected.
    await bot.send(officer(`/hotro ${UNANSWERED}`, { userId: OFFICER_B }));
    await bot.send(officer("", { userId: OFFICER_B, choice: "ticket:send" }));
    expect(await bot.store.ticket.count({ where: { userId: OFFICER_B } })).toBe(1);

    await bot.store.ticket.update({ where: { id: 1 }, data: { status: "closed" } });
    await bot.send(officer("/hotro Câu hỏi thứ ba về phân quyền tài khoản"));
    await bot.send(officer("", { choice: "ticket:send" }));
    expect(await bot.store.ticket.count({ where: { userId: OFFICER } })).toBe(3);
  });
});
