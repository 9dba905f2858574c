// In-process round trip: a question the knowledge base declines becomes a ticket, is posted to the
// support chat (a forum topic, or a plain message), the staff answer reaches the officer with the
// ticket number, follow-ups go back, staff close it, the rating is recorded, and /faq makes the
// same question answerable directly.
import { afterEach, describe, expect, it } from "vitest";
import {
  boot,
  choiceId,
  createWorld,
  officer,
  OFFICER,
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

describe("ticket round trip (forum support chat)", () => {
  it("turns a declined question into a topic, relays both ways, closes, rates and promotes to the FAQ", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    const tg = world.channels.get("telegram")!;
    await registerOfficer(bot.store);

    // The support chat is a forum: the bot learns it from any message there.
    expect(texts(await bot.send(staff("/mo", { isForum: true })))).toMatch(/Không có phiếu nào đang mở/);

    // 1. The KB declines and offers support staff.
    const declined = await bot.send(officer(UNANSWERED));
    expect(texts(declined)).toMatch(/chưa tìm thấy câu trả lời/);
    const openId = choiceId(declined, "Gửi cán bộ hỗ trợ");
    expect(openId).toMatch(/^ticket:open:\d+$/);

    // 2. Confirm, add details, get a ticket number.
    const confirm = await bot.send(officer("", { choice: openId }));
    expect(texts(confirm)).toContain(UNANSWERED);
    expect(choiceId(confirm, "Gửi ngay")).toBe("ticket:send");
    const created = await bot.send(officer("Tôi đã thử mục Quên mật khẩu nhưng không nhận được thư."));
    expect(texts(created)).toMatch(/Số phiếu của anh\/chị: #1\b/);

    const ticket = (await bot.store.ticket.findUnique({ where: { id: 1 } }))!;
    expect(ticket).toMatchObject({ question: UNANSWERED, province: "Nghệ An", unitName: "UBND xã Hưng Nguyên", chatId: OFFICER, chatKind: "private" });
    const candidates = JSON.parse(ticket.candidates) as { citation: string; doc: string }[];
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates[0]!.citation).toMatch(/Bộ|Trung tâm/);
    expect((await bot.store.answerLog.findFirst({ where: { ticketId: 1 } }))?.question).toBe(UNANSWERED);

    // 3. One topic, named for the ticket; the post goes into it with what staff need.
    expect(tg.topics).toHaveLength(1);
    expect(tg.topics[0]!.name).toMatch(/^#1 · Nghệ An · Quên mật khẩu/);
    expect(tg.topics[0]!.name.length).toBeLessThanOrEqual(128);
    const posted = await bot.drain();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ chatId: SUPPORT_CHAT, reply: { threadId: tg.topics[0]!.threadId } });
    expect(posted[0]!.reply.text).toContain("Nguyễn Thị Lan");
    expect(posted[0]!.reply.text).toContain("UBND xã Hưng Nguyên");
    expect(posted[0]!.reply.text).toContain(UNANSWERED);
    expect(posted[0]!.reply.text).toContain("không nhận được thư");
    expect(posted[0]!.reply.text).toContain(candidates[0]!.citation);
    // The worker links the post to its message id once sent.
    await bot.worker.tick();
    expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))!.supportMsgId).toBe(posted[0]!.messageId);

    // 4. A staff message in the topic reaches the officer, marked with the ticket number.
    const thread = tg.topics[0]!.threadId;
    const ack = await bot.send(staff("Anh/chị liên hệ quản trị cấp tỉnh để được cấp lại mật khẩu.", { threadId: thread, isForum: true }));
    expect(ack).toEqual([{ chatId: SUPPORT_CHAT, reply: { text: expect.stringMatching(/Đã chuyển.*#1/), threadId: thread } }]);
    const answer = await bot.drain();
    expect(answer).toHaveLength(1);
    expect(answer[0]!.chatId).toBe(OFFICER);
    expect(answer[0]!.reply.text).toMatch(/phiếu #1/);
    expect(answer[0]!.reply.text).toContain("cấp lại mật khẩu");
    const afterAnswer = (await bot.store.ticket.findUnique({ where: { id: 1 } }))!;
    expect(afterAnswer).toMatchObject({ status: "assigned", assignee: "7001" });
    expect(afterAnswer.firstResponseAt).not.toBeNull();

    // 5. Replying to the relayed answer follows up in the same topic.
    const follow = await bot.send(officer("Nếu quản trị tỉnh nghỉ phép thì liên hệ ai ạ?", { replyTo: answer[0]!.messageId }));
    expect(texts(follow)).toMatch(/Đã chuyển cho cán bộ hỗ trợ \(phiếu #1\)/);
    const toStaff = await bot.drain();
    expect(toStaff).toHaveLength(1);
    expect(toStaff[0]).toMatchObject({ chatId: SUPPORT_CHAT, reply: { threadId: thread } });
    expect(toStaff[0]!.reply.text).toContain("nghỉ phép");

    // 6. Staff close it in the topic; the officer is asked for a rating and gives one.
    expect(texts(await bot.send(staff("/dong", { threadId: thread, isForum: true })))).toMatch(/Đã đóng phiếu #1/);
    const closing = await bot.drain();
    expect(closing[0]!.chatId).toBe(OFFICER);
    expect(closing[0]!.reply.choices?.map((c) => c.label)).toHaveLength(5);
    const rated = await bot.send(officer("", { choice: choiceId([closing[0]!], "4 –") }));
    expect(texts(rated)).toMatch(/4\/5/);
    expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))).toMatchObject({ status: "closed", rating: 4 });
    expect(texts(await bot.send(officer("", { choice: "ticket:rate:1:1" })))).toMatch(/đã đánh giá/);
    expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))!.rating).toBe(4);

    // 7. /faq: the same question is now answered directly, citing the support staff.
    expect(texts(await bot.send(staff("/faq", { threadId: thread, isForum: true })))).toMatch(/Đã đưa phiếu #1 vào bộ hỏi đáp/);
    const direct = await bot.send(officer(UNANSWERED));
    expect(texts(direct)).toContain("cấp lại mật khẩu");
    expect(texts(direct)).toMatch(/Nguồn: Giải đáp của cán bộ hỗ trợ của Bộ \(phiếu #1\)/);
    expect(texts(direct)).not.toMatch(/chưa tìm thấy/);
  });
});

describe("ticket round trip (plain support group)", () => {
  it("posts one message per ticket, matches a staff reply to it, and answers in the group where it was asked", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    const tg = world.channels.get("telegram")!;

    const inGroup = { chatId: OFFICER_GROUP, chatKind: "group" as const, title: "Tổ triển khai Nghệ An" };
    const confirm = await bot.send(officer(`/hotro ${UNANSWERED}`, inGroup));
    expect(texts(confirm)).toMatch(/trả lời vào tin nhắn này/);
    const created = await bot.send(officer("", { ...inGroup, choice: "ticket:send" }));
    expect(texts(created)).toMatch(/#1\b/);
    // A second press does not open a second ticket.
    expect(texts(await bot.send(officer("", { ...inGroup, choice: "ticket:send" })))).toMatch(/không có câu hỏi nào đang chờ gửi/i);
    expect(await bot.store.ticket.count()).toBe(1);

    const [post] = await bot.drain();
    expect(tg.topics).toHaveLength(0);
    expect(post).toMatchObject({ chatId: SUPPORT_CHAT });
    expect(post!.reply.threadId).toBeUndefined();
    expect(post!.reply.text).toMatch(/nhóm “Tổ triển khai Nghệ An”/);
    expect(post!.reply.text).toMatch(/chưa đăng ký cán bộ đầu mối/);

    // Replying to the ticket's post is the staff gesture.
    await bot.send(staff("Anh/chị vào mục Quản trị > Người dùng để đặt lại mật khẩu.", { replyTo: post!.messageId }));
    const [answer] = await bot.drain();
    expect(answer).toMatchObject({ chatId: OFFICER_GROUP });
    expect(answer!.reply.text).toMatch(/phiếu #1/);

    // "#1 …" said to the bot works too, and /nhan, /mo show the assignment.
    await bot.send(staff("#1 Nếu vẫn lỗi, anh/chị gửi ảnh chụp màn hình.", { mentioned: true }));
    expect((await bot.drain())[0]).toMatchObject({ chatId: OFFICER_GROUP, reply: { text: expect.stringContaining("ảnh chụp màn hình") } });
    expect(texts(await bot.send(staff("/nhan 1", { userId: "7002", name: "Cán bộ Hà" })))).toMatch(/trước đó do Cán bộ Minh xử lý/);
    world.clock.advance(3 * 3_600_000);
    expect(texts(await bot.send(staff("/mo")))).toMatch(/#1 · 3 giờ · Cán bộ Hà nhận · “Quên mật khẩu/);

    // A reply to some other bot message in the support chat is not a ticket answer.
    const unrelated = await bot.send(staff("ai biết không", { replyTo: "999999" }));
    expect(texts(unrelated)).not.toMatch(/Đã chuyển/);
    expect(await bot.drain()).toEqual([expect.objectContaining({ chatId: OFFICER_GROUP, reply: { text: expect.stringMatching(/tiếp nhận/) } })]);

    // Closing in a plain group names the ticket.
    expect(texts(await bot.send(staff("/dong")))).toMatch(/ghi số phiếu/);
    expect(texts(await bot.send(staff("/dong 1")))).toMatch(/Đã đóng phiếu #1/);
    expect(texts(await bot.send(staff("/dong 1")))).toMatch(/đã đóng trước đó/);
    const closing = await bot.drain();
    expect(closing).toHaveLength(1);
    expect(closing[0]!.chatId).toBe(OFFICER_GROUP);
  });
});
