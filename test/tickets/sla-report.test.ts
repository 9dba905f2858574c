// SLA alerts (one per ticket, surviving restarts) and the weekly report (text and XLSX).
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { createBotJobRunner } from "../../src/bot-jobs.js";
import { reportDays } from "../../src/flows/tickets/report.js";
import { groupQuestions } from "../../src/flows/tickets/similarity.js";
import { topicName } from "../../src/flows/tickets/service.js";
import { maskAsker, maskContacts } from "../../src/flows/tickets/privacy.js";
import { boot, createWorld, msg, officer, OFFICER, OFFICER_GROUP, staff, SUPPORT_CHAT, texts, UNANSWERED, UNANSWERED_2, type Bot } from "./helpers.js";

let bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots) await b.close();
  bots = [];
});

const HOUR = 3_600_000;

describe("SLA", () => {
  it("raises one alert for a ticket left unanswered for TICKET_SLA_HOURS, and none for answered ones", async () => {
    const world = createWorld({ TICKET_SLA_HOURS: "8" });
    let bot = await boot(world);
    await bot.send(officer(`/hotro ${UNANSWERED}`));
    await bot.send(officer("", { choice: "ticket:send" }));
    await bot.send(officer(`/hotro ${UNANSWERED_2}`, { userId: "505" }));
    await bot.send(officer("", { userId: "505", choice: "ticket:send" }));
    const posts = await bot.drain();
    expect(posts).toHaveLength(2);
    world.clock.advance(HOUR);
    await bot.send(staff("Anh/chị xem lại dây cáp máy in.", { replyTo: posts[1]!.messageId }));
    await bot.drain();

    world.clock.advance(7 * HOUR - 60_000);
    expect((await bot.worker.tick()).alerted).toBe(0);
    world.clock.advance(2 * 60_000);
    expect(await bot.worker.checkSla()).toBe(1);
    expect(texts(await bot.send(staff("/mo")))).toMatch(/⚠️ #1 · 8 giờ · chưa ai nhận/);
    expect(await bot.worker.checkSla()).toBe(0);
    await bot.close();
    bot = await boot(world);
    bots.push(bot);
    expect((await bot.worker.tick()).alerted).toBe(0);

    const alerts = await bot.drain();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ chatId: SUPPORT_CHAT });
    expect(alerts[0]!.reply.text).toMatch(/⏰ Phiếu #1 đã quá 8 giờ chưa có phản hồi/);
    expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))!.slaAlertedAt).not.toBeNull();
    expect((await bot.store.ticket.findUnique({ where: { id: 2 } }))!.slaAlertedAt).toBeNull();

    // Replying to the alert answers the ticket.
    await bot.send(staff("Anh/chị liên hệ quản trị tỉnh.", { replyTo: alerts[0]!.messageId }));
    expect((await bot.drain())[0]).toMatchObject({ chatId: OFFICER, reply: { text: expect.stringMatching(/phiếu #1/) } });
  });

  it("keeps the worker's passes from overlapping and stops cleanly", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    // On the job runner, as main.ts runs it, while two more passes are asked for at once.
    const jobs = createBotJobRunner(
      { store: bot.store, clock: world.clock, log: bot.deps.log, owner: "test", leaseMs: 30_000 },
      { store: bot.store, clock: world.clock, log: bot.deps.log, outboxSender: bot.sender, ticketWorker: bot.worker },
    );
    jobs.start();
    const [a, b] = await Promise.all([bot.worker.tick(), bot.worker.tick()]);
    expect(a).toEqual({ queued: 0, linked: 0, waiting: 0, alerted: 0 });
    expect(b).toEqual(a);
    await jobs.stop();
  });
});

describe("weekly report", () => {
  async function seed(bot: Bot, now: Date) {
    const at = (days: number, minutes = 0) => new Date(now.getTime() - days * 86_400_000 + minutes * 60_000);
    const ticket = (id: number, data: Record<string, unknown>) =>
      bot.store.ticket.create({ data: { id, channel: "telegram", chatId: String(600 + id), chatKind: "private", userId: String(600 + id), ...data } as never });
    await ticket(1, { question: UNANSWERED, province: "Nghệ An", createdAt: at(2), firstResponseAt: at(2, 30), closedAt: at(1), status: "closed", rating: 5 });
    await ticket(2, { question: "Cách lấy lại mật khẩu quản trị xã khi quên?", province: "Nghệ An", createdAt: at(3), firstResponseAt: at(3, 90), closedAt: at(1), status: "closed", rating: 3 });
    await ticket(3, { question: "Cách tích hợp hệ thống quản lý văn bản với hệ thống giải quyết TTHC?", province: "Hà Tĩnh", unitName: "Sở VHTTDL Hà Tĩnh", createdAt: at(1), firstResponseAt: at(1, 10), status: "assigned" });
    await ticket(4, { question: "Máy in bị kẹt giấy thì xử lý ra sao?", createdAt: at(1), status: "open" });
    await ticket(5, { question: "Câu hỏi cũ", province: "Huế", createdAt: at(10), firstResponseAt: at(10, 5), closedAt: at(9), status: "closed", rating: 1 });
    const declined = (question: string, days: number, ticketId?: number) =>
      bot.store.answerLog.create({
        data: { channel: "telegram", chatId: "700", chatKind: "private", userId: "700", question, answered: false, confidence: 0.1, createdAt: at(days), ...(ticketId ? { ticketId } : {}) },
      });
    await declined("Quên mật khẩu tài khoản quản trị xã thì làm sao?", 4);
    await declined("Quên mật khẩu quản trị xã lấy lại thế nào?", 3);
    await declined("Lấy lại mật khẩu tài khoản quản trị xã ở đâu?", 3);
    await declined(UNANSWERED, 2, 1);
    await declined("Máy in bị kẹt giấy xử lý thế nào?", 2);
    await declined("Một câu từ tháng trước", 40);
  }

  it("sums up the last 7 days by province, groups the common difficulties and attaches an XLSX", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    await seed(bot, world.clock.now());

    const [out] = await bot.send(staff("/baocao_tuan"));
    const text = out!.reply.text;
    expect(out!.chatId).toBe(SUPPORT_CHAT);
    expect(text).toMatch(/Báo cáo hỗ trợ 7 ngày \(05\/01\/2026 – 12\/01\/2026\)/);
    expect(text).toContain("Phiếu mới: 4 · đã đóng: 2 · còn mở: 2");
    expect(text).toContain("trung vị): 30 phút");
    expect(text).toContain("Đánh giá trung bình: 4/5 (2 lượt)");
    expect(text).toContain("• Nghệ An: 2 mới, 2 đóng, phản hồi 1 giờ 0 phút, đánh giá 4/5");
    expect(text).toContain("• Hà Tĩnh: 1 mới, 0 đóng, phản hồi 10 phút, đánh giá chưa có");
    expect(text).toContain("• Chưa rõ tỉnh: 1 mới");
    expect(text).not.toContain("Huế");
    const difficulties = text.slice(text.indexOf("Khó khăn"));
    expect(difficulties).toMatch(/1\. \(5 lượt\) Quên mật khẩu tài khoản quản trị xã thì làm sao\?\n2\. \(2 lượt\) Máy in bị kẹt giấy xử lý thế nào\?\n3\. \(1 lượt\) Cách tích hợp/);

    const file = out!.reply.file!;
    expect(file.fileName).toBe("bao-cao-ho-tro-2026-01-12.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.data as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Theo tỉnh", "Khó khăn thường gặp", "Phiếu"]);
    const summary = wb.getWorksheet("Tổng hợp")!;
    expect(summary.getRow(3).values).toEqual([undefined, "Phiếu mới", 4]);
    expect(summary.getRow(6).values).toEqual([undefined, "Phản hồi đầu tiên, trung vị (phút)", 30]);
    const top = wb.getWorksheet("Khó khăn thường gặp")!.getRow(2).values as unknown[];
    expect(top.slice(1, 4)).toEqual([1, 5, "Quên mật khẩu tài khoản quản trị xã thì làm sao?"]);
    const list = wb.getWorksheet("Phiếu")!;
    expect(list.rowCount).toBe(5);
    expect(list.getRow(4).values).toEqual(
      expect.arrayContaining([3, "Hà Tĩnh", "Sở VHTTDL Hà Tĩnh", "Đang xử lý", 10]),
    );
    // No names or contact details in the file.
    const cells = wb.worksheets.flatMap((w) => w.getSheetValues().flat()).map(String).join(" ");
    expect(cells).not.toMatch(/@|09\d{8}/);

    // A longer period on request.
    expect(texts(await bot.send(staff("/baocao_tuan 30")))).toContain("Phiếu mới: 5 · đã đóng: 3");
    expect(texts(await bot.send(staff("/baocao_tuan 0")))).toMatch(/từ 1 đến 90/);
    expect(texts(await bot.send(staff("/baocao_tuan tuần trước")))).toMatch(/từ 1 đến 90/);
  });

  it("is for admins (privately) and staff, not officers", async () => {
    const world = createWorld();
    const bot = await boot(world);
    bots.push(bot);
    await seed(bot, world.clock.now());
    const admin = { userId: "9001", name: "Quản trị" };
    expect(texts(await bot.send(msg("/baocao_tuan", admin)))).toMatch(/Phiếu mới: 4/);
    // Asked in an officers' group, it goes to the admin's private chat.
    const inGroup = await bot.send(msg("/baocao_tuan", { ...admin, chatId: OFFICER_GROUP, chatKind: "group" }));
    expect(inGroup.map((o) => o.chatId)).toEqual(["9001", OFFICER_GROUP]);
    expect(inGroup[1]!.reply.text).toMatch(/tin nhắn riêng/);
    expect(inGroup[1]!.reply.text).not.toMatch(/Phiếu mới/);
    expect(texts(await bot.send(msg("/baocao_tuan", { userId: OFFICER })))).toMatch(/chỉ dành cho quản trị viên/);
  });
});

describe("helpers", () => {
  it("names topics within Telegram's 128 characters", () => {
    const long = "Xin hỏi ".repeat(40);
    const name = topicName({ id: 123456, province: "Thành phố Hồ Chí Minh", question: long });
    expect(name.startsWith("#123456 · Thành phố Hồ Chí Minh · Xin hỏi")).toBe(true);
    expect(name.length).toBeLessThanOrEqual(128);
    expect(name.endsWith("…")).toBe(true);
    expect(topicName({ id: 7, province: null, question: "Ngắn" })).toBe("#7 · Ngắn");
  });

  it("groups paraphrases and keeps different topics apart", () => {
    const groups = groupQuestions([
      "Hạn gửi danh sách cán bộ đầu mối là ngày nào?",
      "Máy in bị kẹt giấy",
      "Danh sách cán bộ đầu mối gửi hạn ngày nào vậy?",
      "Hạn gửi danh sách cán bộ đầu mối?",
    ]);
    expect(groups.map((g) => [g.count, g.question])).toEqual([
      [3, "Hạn gửi danh sách cán bộ đầu mối là ngày nào?"],
      [1, "Máy in bị kẹt giấy"],
    ]);
  });

  it("masks the asker's own details but keeps a hotline, and masks every contact in the asker's words", () => {
    const who = { names: ["Nguyễn Thị Lan", "Lan"], phones: ["0912345678"], emails: ["lan@x.gov.vn"] };
    expect(maskAsker("Chị Nguyễn Thị Lan gọi 0243 999 888 hoặc +84 912 345 678, lan@x.gov.vn. Việt Nam", who)).toBe(
      "Chị […] gọi 0243 999 888 hoặc […], […]. Việt Nam",
    );
    expect(maskContacts("Số em 0987.654.321, mail a.b@c.vn")).toBe("Số em […], mail […]");
  });

  it("reads the report period", () => {
    expect(reportDays(undefined)).toBe(7);
    expect(reportDays(" 14 ")).toBe(14);
    expect(reportDays("91")).toBeUndefined();
    expect(reportDays("-1")).toBeUndefined();
  });
});
