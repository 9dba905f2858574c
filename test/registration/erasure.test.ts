// /xoadulieu removes or anonymises everything that names the person. The check lists every table
// of the real database (tableNames), so a table added later is scanned too.
import { describe, expect, it } from "vitest";
import { tableNames } from "../../src/store/db.js";
import { ERASED_TEXT } from "../../src/store/erase.js";
import type { Harness } from "../helpers/harness.js";
import { ADMIN, chatFor, LAN, lastText, newRouter, register, setup } from "./helpers.js";

const DISPLAY_NAME = "Lan Zalo Cá Nhân";
const QUESTION = "Mật khẩu của tôi bị khoá từ hôm qua, làm sao mở?";
const DETAILS = "Tài khoản lan.nt@example.gov.vn, số 0912345678";
const STAFF_ANSWER = "Chào chị Lan, chị vào mục Quên mật khẩu nhé";
const PERSONAL = ["Nguyễn Thị Lan", "nguyễn thị lan", "0912345678", "lan.nt@example.gov.vn", DISPLAY_NAME, QUESTION, DETAILS, STAFF_ANSWER, "Chị Lan"];

async function allRows(h: Harness): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await tableNames(h.store)) {
    const rows = await h.store.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    out.set(name, JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)));
  }
  return out;
}

/** What a person leaves behind across the features: tickets, questions, outbox, forms, menus. */
async function leaveTraces(h: Harness, userId: string, name: string, question: string, answer: string, details = ""): Promise<void> {
  const { store } = h;
  await store.answerLog.create({ data: { channel: "telegram", chatId: userId, chatKind: "private", userId, question, answered: false, confidence: 0.1 } });
  const ticket = await store.ticket.create({
    data: { channel: "telegram", chatId: userId, chatKind: "private", userId, userName: name, unitName: "Xã Tân An", question, candidates: JSON.stringify([{ text: question }]) },
  });
  await store.ticketMessage.create({ data: { ticketId: ticket.id, author: "officer", authorId: userId, text: `${question} ${details}` } });
  await store.ticketMessage.create({ data: { ticketId: ticket.id, author: "staff", authorId: "staff1", text: `Chào ${name}` } });
  const payload = (text: string) => JSON.stringify({ text });
  await store.outbox.createMany({
    data: [
      { dedupeKey: `relay-${userId}`, channel: "telegram", chatId: userId, kind: "relay", refId: String(ticket.id), payload: payload(`${name}: ${answer}`) },
      { dedupeKey: `support-${userId}`, channel: "telegram", chatId: "-100999", kind: "ticket", refId: String(ticket.id), payload: payload(`${name} hỏi: ${question}`), status: "sent", sentMessageId: "55" },
      { dedupeKey: `nudge-${userId}`, channel: "telegram", chatId: userId, kind: "nudge", payload: payload(`Chào ${name}`), status: "ambiguous" },
    ],
  });
  await store.flowState.create({
    data: { channel: "telegram", chatId: userId, userId, flow: "tickets", step: "details", data: JSON.stringify({ question }), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await store.choiceMenu.create({ data: { channel: "telegram", chatId: userId, choices: JSON.stringify([{ id: "x", label: name }]) } });
}

describe("/xoadulieu erases everything that names the person", () => {
  it("leaves no trace of the person in any table, and leaves other people's data alone", async () => {
    const h = await setup();
    const router = newRouter(h);
    const lan = chatFor(router, { name: DISPLAY_NAME });
    await register(lan, LAN);
    await leaveTraces(h, "u1", "Chị Lan", QUESTION, STAFF_ANSWER, DETAILS);
    // Someone else, whose data must survive (so the scan below is not of empty tables).
    await chatFor(router, { userId: "u2", name: "Trần Văn Bình" }).say("/start");
    await leaveTraces(h, "u2", "Anh Bình", "Câu hỏi của anh Bình về phân quyền", "Trả lời riêng cho anh Bình");

    const before = [...(await allRows(h)).values()].join("\n");
    for (const p of ["Nguyễn Thị Lan", DISPLAY_NAME, QUESTION, STAFF_ANSWER]) expect(before).toContain(p);

    const r = await lan.choose(await lan.say("/xoadulieu"), "Xoá dữ liệu");
    expect(lastText(r)).toMatch(/Đã xoá dữ liệu cá nhân/);

    const tables = await allRows(h);
    // Every table of the schema is in the scan.
    for (const t of ["Chat", "Person", "Officer", "FlowState", "Outbox", "Ticket", "TicketMessage", "AnswerLog", "AuditLog", "ChoiceMenu", "ProcessedUpdate", "RateLimit"]) {
      expect(tables.has(t), t).toBe(true);
    }
    for (const [table, rows] of tables) {
      for (const p of PERSONAL) expect(rows.toLowerCase(), `${table} still holds "${p}"`).not.toContain(p.toLowerCase());
    }
    // Counts and numbering survive, anonymised; the ticket is closed; unsent messages cancelled.
    expect(await h.store.answerLog.findFirstOrThrow({ where: { userId: "u1" } })).toMatchObject({ question: ERASED_TEXT, answered: false });
    expect(await h.store.ticket.findFirstOrThrow({ where: { userId: "u1" } })).toMatchObject({ status: "closed", userName: null });
    expect((await h.store.outbox.findMany({ where: { chatId: "u1" } })).map((o) => o.status).sort()).toEqual(["cancelled", "cancelled"]);
    expect(await h.store.person.findFirstOrThrow({ where: { externalId: "u1" } })).toMatchObject({ displayName: null });

    const all = [...tables.values()].join("\n");
    for (const kept of ["Trần Văn Bình", "Anh Bình", "Câu hỏi của anh Bình về phân quyền", "Trả lời riêng cho anh Bình"]) expect(all).toContain(kept);
  });

  it("a registration an admin replaced stays erasable by an admin on request", async () => {
    const h = await setup();
    const router = newRouter(h);
    await register(chatFor(router), LAN);
    const o = await h.store.officer.findFirstOrThrow();
    // As /dangky_thay leaves it: entered by the ministry, no chat account owns it.
    await h.store.officer.update({ where: { id: o.id }, data: { channel: "ministry", externalUserId: `telegram:${ADMIN}`, fullName: "Trần Văn Mới", phone: "0988000111" } });
    expect((await chatFor(router).say("/hoso"))[0]!.text).toMatch(/chưa có đăng ký nào/);

    const admin = chatFor(router, { userId: ADMIN });
    const r = await admin.choose(await admin.say(`/dangky_xoa ${o.id}`), "Gỡ đăng ký");
    expect(r[0]!.text).toMatch(new RegExp(`Đã gỡ đăng ký #${o.id}`));
    const rows = [...(await allRows(h)).values()].join("\n");
    for (const p of ["Trần Văn Mới", "0988000111"]) expect(rows).not.toContain(p);
  });
});
