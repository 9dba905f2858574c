// Security: staff commands only from staff in the support chat; a ticket's personal data (name,
// phone, unit) reaches staff only — never another officer, not through relays, FAQ entries or
// "similar question answered" notices, and not through the logs.
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/bot/types.js";
import {
  boot,
  createWorld,
  msg,
  officer,
  OFFICER_B,
  OFFICER_GROUP,
  registerOfficer,
  staff,
  SUPPORT_CHAT,
  texts,
  UNANSWERED,
  type Bot,
} from "./helpers.js";

let bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots) await b.close();
  bots = [];
});

async function openTicket(bot: Bot, question: string, where: Parameters<typeof officer>[1] = {}): Promise<void> {
  await bot.send(officer(`/hotro ${question}`, where));
  const created = await bot.send(officer("", { ...where, choice: "ticket:send" }));
  expect(texts(created)).toMatch(/Số phiếu/);
}

describe("staff commands", () => {
  it("refuses them to officers, to non-staff members of the support chat, and to staff outside it", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    await openTicket(bot, UNANSWERED);
    await bot.drain();

    const attempts = [
      msg("/nhan 1", { userId: OFFICER_B }),
      msg("/dong 1", { userId: OFFICER_B }),
      msg("/mo", { userId: OFFICER_B, chatId: OFFICER_GROUP, chatKind: "group" }),
      msg("/faq 1 Câu trả lời bịa", { userId: OFFICER_B }),
      // A member of the support chat who is not on the staff list.
      staff("/dong 1", { userId: "7999", name: "Khách" }),
      staff("/mo", { userId: "7999", name: "Khách" }),
      // Staff, but in a private chat: the list of tickets shows who asked.
      msg("/mo", { userId: "7001" }),
    ];
    for (const attempt of attempts) {
      const replies = await bot.send(attempt);
      expect(replies).toEqual([{ chatId: attempt.chat.id, reply: expect.objectContaining({ text: expect.stringMatching(/chỉ dành cho cán bộ hỗ trợ/) }) }]);
    }
    expect(texts(await bot.send(msg("/baocao_tuan", { userId: OFFICER_B })))).toMatch(/chỉ dành cho quản trị viên và cán bộ hỗ trợ/);

    // A non-staff member replying to the ticket's post is not relayed.
    const [post] = world.channels.get("telegram")!.to(SUPPORT_CHAT);
    const stranger = await bot.send(staff("Tôi trả lời hộ nhé", { userId: "7999", replyTo: post!.messageId }));
    expect(texts(stranger)).toMatch(/Chỉ cán bộ hỗ trợ/);

    expect(await bot.store.ticket.findUnique({ where: { id: 1 } })).toMatchObject({ status: "open", assignee: null, firstResponseAt: null });
    expect(await bot.store.faqEntry.count()).toBe(0);
    expect(await bot.drain()).toEqual([]);
  });
});

describe("personal data", () => {
  it("never reaches another officer", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    const lan = await registerOfficer(bot.store, { fullName: "Nguyễn Thị Lan", phone: "0912345678", unitName: "UBND xã Hưng Nguyên" });
    const group = { chatId: OFFICER_GROUP, chatKind: "group" as const, title: "Tổ triển khai Nghệ An" };
    const officerB = (text: string, o: Parameters<typeof msg>[1] = {}) => msg(text, { userId: OFFICER_B, name: "Bình", ...group, ...o });

    // Officer C asked the same thing earlier and was declined.
    const otherAsker = msg(UNANSWERED, { userId: "503", name: "Cường" });
    expect(texts(await bot.send(otherAsker))).toMatch(/chưa tìm thấy/);

    // Lan asks in the group she shares with Bình, with her phone number in the question.
    await openTicket(bot, `Tôi là Nguyễn Thị Lan (0912 345 678). ${UNANSWERED}`, group);
    const [post] = await bot.drain();
    // Staff see who asked.
    expect(post!.chatId).toBe(SUPPORT_CHAT);
    expect(post!.reply.text).toContain("Nguyễn Thị Lan");
    expect(post!.reply.text).toContain("UBND xã Hưng Nguyên");

    await bot.send(
      staff("Chị Nguyễn Thị Lan gọi số 0243 9999 888 của tổ hỗ trợ để được cấp lại mật khẩu quản trị, hoặc tổ sẽ gọi lại số 0912.345.678 của chị.", {
        replyTo: post!.messageId,
      }),
    );
    const [answer] = await bot.drain();
    expect(answer!.chatId).toBe(OFFICER_GROUP);
    // The hotline stays; the asker's own name and number do not reach the group.
    expect(answer!.reply.text).toContain("0243 9999 888");
    expect(answer!.reply.text).toMatch(/Chị \[…\] gọi số/);

    // Bình cannot follow up on, rate or take over Lan's ticket.
    const follow = await bot.send(officerB("Cho mình hỏi thêm với", { replyTo: answer!.messageId }));
    expect(texts(follow)).not.toMatch(/Đã chuyển cho cán bộ hỗ trợ/);
    expect(texts(await bot.send(officerB("", { choice: "ticket:more:1" })))).toMatch(/không phải của anh\/chị/);
    expect(texts(await bot.send(officerB("", { choice: "ticket:rate:1:1" })))).toMatch(/không phải của anh\/chị/);
    await bot.send(staff("/dong 1"));
    expect(texts(await bot.send(officerB("", { choice: "ticket:rate:1:1" })))).toMatch(/không phải của anh\/chị/);
    expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))!.rating).toBeNull();

    // Promoted to the FAQ: the entry and the notice to the other asker carry no name or phone.
    expect(texts(await bot.send(staff("/faq 1")))).toMatch(/Đã báo câu trả lời cho 1 người/);
    const entry = (await bot.store.faqEntry.findFirst())!;
    expect(entry.question).toContain("Quên mật khẩu");
    expect(entry.answer).toContain("cấp lại mật khẩu");
    const delivered = await bot.drain();
    const notice = delivered.find((d) => d.chatId === "503");
    expect(notice?.reply.text).toMatch(/Câu hỏi tương tự/);

    // Everything that went to officers' chats, directly or through the outbox.
    const tg = world.channels.get("telegram")!;
    const toOfficers: Reply[] = [
      ...tg.sent.filter((s) => s.chatId !== SUPPORT_CHAT).map((s) => s.reply),
      ...(await bot.send(msg("Lấy lại mật khẩu quản trị xã ở đâu?", { userId: "504" }))).map((r) => r.reply),
    ];
    expect(toOfficers.length).toBeGreaterThanOrEqual(4);
    const personal = [lan.fullName, lan.phone, "0912 345 678", "0912.345.678", lan.unitName, lan.email];
    for (const reply of [...toOfficers, { text: `${entry.question}\n${entry.answer}` }]) {
      for (const p of personal) expect(reply.text).not.toContain(p);
    }
    // Nor do the logs hold the name, the phone number or what was asked.
    const logs = world.logLines.join("");
    for (const p of [lan.fullName, lan.phone, "0912 345 678", "Quên mật khẩu"]) expect(logs).not.toContain(p);
  });
});
