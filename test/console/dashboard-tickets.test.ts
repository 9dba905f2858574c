// The dashboard's figures equal what the store holds; the map colours a complete province apart
// from an empty one; the ticket inbox filters, shows a thread in order, and a web reply reaches the
// officer through the outbox exactly once; admins see the asker's phone, support staff do not.
import { afterEach, describe, expect, it } from "vitest";
import { completeness, loadRoster } from "../../src/flows/registration/roster.js";
import { ADMIN, createConsoleHarness, get, post, registerProvince, signIn, STAFF, type ConsoleHarness } from "./helpers.js";

let c: ConsoleHarness;
afterEach(async () => {
  await c.close();
});

const stat = (body: string, key: string) => new RegExp(`data-stat="${key}">([^<]*)<`).exec(body)?.[1];
/** The map's options as the page hands them to ECharts. */
function mapData(body: string): { name: string; value: number }[] {
  const attr = /id="province-map"[^>]*data-chart="([^"]*)"/.exec(body)![1]!;
  const json = attr.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return (JSON.parse(json) as { series: { data: { name: string; value: number }[] }[] }).series[0]!.data;
}

async function openTicket(c: ConsoleHarness, o: { userId: string; question: string; province?: string; hoursAgo?: number; status?: string }) {
  const at = new Date(c.h.clock.now().getTime() - (o.hoursAgo ?? 0) * 3_600_000);
  return c.h.store.ticket.create({
    data: {
      channel: "telegram", chatId: o.userId, chatKind: "private", userId: o.userId, userName: "Cán bộ 1", question: o.question,
      province: o.province ?? null, status: o.status ?? "open", createdAt: at, ...(o.status === "closed" ? { closedAt: at } : {}),
    },
  });
}

describe("dashboard", () => {
  it("shows the store's numbers and colours a complete province on the map", async () => {
    c = await createConsoleHarness();
    const units = await registerProvince(c, "Hưng Yên");
    await registerProvince(c, "Nghệ An", 5);
    await openTicket(c, { userId: "10000", question: "Cách cấp tài khoản cho cán bộ một cửa?", hoursAgo: 30 });
    await openTicket(c, { userId: "10001", question: "Đổi mật khẩu ở đâu?", hoursAgo: 2, status: "closed" });
    await c.h.store.answerLog.createMany({
      data: ["Máy in kẹt giấy xử lý thế nào?", "máy in bị kẹt giấy xử lý thế nào", "Thời tiết hôm nay?"].map((question) => ({
        channel: "telegram", chatId: "1", chatKind: "private", userId: "1", question, answered: false, confidence: 0.1, createdAt: c.h.clock.now(),
      })),
    });
    const admin = await signIn(c, ADMIN);
    const res = await get(c, admin, "/console");
    expect(res.statusCode).toBe(200);
    const status = completeness(await loadRoster(c.h.store));
    const expected = status.reduce((a, s) => a + s.expected, 0);
    const registered = status.reduce((a, s) => a + s.registered, 0);
    expect(registered).toBe(units + 5);
    expect(stat(res.body, "communes")).toBe(`${registered.toLocaleString("vi-VN")}/${expected.toLocaleString("vi-VN")}`);
    expect(stat(res.body, "so")).toBe("2/34 tỉnh");
    expect(stat(res.body, "officers")).toBe(String(units + 5 + 2));
    const data = mapData(res.body);
    expect(data).toHaveLength(34);
    expect(data.find((d) => d.name === "Hưng Yên")!.value).toBe(100);
    expect(data.find((d) => d.name === "Hà Tĩnh")!.value).toBe(0);
    // Tickets this week: both opened, one closed, one still waiting.
    expect(res.body).toMatch(/<td class="num">2<\/td><td class="num">1<\/td><td class="num">1<\/td><\/tr><\/tbody>/);
    // The two wordings of the printer question are one group, asked twice.
    expect(res.body).toMatch(/Máy in kẹt giấy xử lý thế nào\? <span class="badge">2 lần/);

    const detail = await get(c, admin, `/console/province/${encodeURIComponent("Nghệ An")}`);
    expect(detail.statusCode).toBe(200);
    const na = status.find((s) => s.province === "Nghệ An")!;
    expect(detail.body).toContain(`Cấp xã: 5/${na.expected.toLocaleString("vi-VN")} đơn vị đã đăng ký`);
    expect(detail.body).toContain(na.missing[0]!.name);
  });
});

describe("ticket inbox", () => {
  it("filters, shows the thread in order, and relays a web reply through the outbox once", async () => {
    c = await createConsoleHarness({ SUPPORT_CHAT: "telegram:-100900" });
    await registerProvince(c, "Hưng Yên", 1);
    const old = await openTicket(c, { userId: "10000", question: "Không đăng nhập được hệ thống một cửa", province: "Hưng Yên", hoursAgo: 30 });
    await openTicket(c, { userId: "10001", question: "Câu hỏi mới", province: "Nghệ An", hoursAgo: 0 });
    await c.h.store.ticketMessage.create({ data: { ticketId: old.id, author: "officer", authorId: "10000", text: "Bổ sung: báo lỗi 403", createdAt: new Date(old.createdAt.getTime() + 1000) } });
    const staff = await signIn(c, STAFF);

    const list = await get(c, staff, `/console/tickets?province=${encodeURIComponent("Hưng Yên")}&age=24h`);
    expect(list.body).toContain(`data-ticket="${old.id}"`);
    expect(list.body).not.toContain("Câu hỏi mới");
    const rows = await get(c, staff, "/console/tickets/rows?status=active");
    expect(rows.body).toContain("Câu hỏi mới");

    const page = await get(c, staff, `/console/tickets/${old.id}`);
    expect(page.body.indexOf("Không đăng nhập được")).toBeLessThan(page.body.indexOf("Bổ sung: báo lỗi 403"));
    // Support staff do not see the asker's phone or e-mail.
    expect(page.body).not.toContain("0910000000");
    expect(page.body).not.toContain("@example.vn");
    const nonce = /name="nonce" value="([^"]+)"/.exec(page.body)![1]!;

    const sent = await post(c, staff, `/console/tickets/${old.id}/reply`, { text: "Anh/chị xoá bộ nhớ đệm rồi đăng nhập lại.", nonce });
    expect(sent.statusCode).toBe(303);
    await post(c, staff, `/console/tickets/${old.id}/reply`, { text: "Anh/chị xoá bộ nhớ đệm rồi đăng nhập lại.", nonce });
    const queued = await c.h.store.outbox.findMany({ where: { chatId: "10000", kind: "relay" } });
    expect(queued).toHaveLength(1);
    expect(queued[0]!.payload).toContain("xoá bộ nhớ đệm");
    // The support chat sees the answer too, once.
    expect(await c.h.store.outbox.count({ where: { kind: "ticket", dedupeKey: { startsWith: `ticket:${old.id}:web:` } } })).toBe(1);
    const ticket = await c.h.store.ticket.findUniqueOrThrow({ where: { id: old.id } });
    expect(ticket).toMatchObject({ status: "assigned", assignee: "200" });
    expect(ticket.firstResponseAt).not.toBeNull();

    expect((await post(c, staff, `/console/tickets/${old.id}/close`)).headers.location).toContain("done=closed");
    expect((await c.h.store.ticket.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("closed");
    expect(await c.h.store.outbox.count({ where: { dedupeKey: `ticket:${old.id}:closed` } })).toBe(1);
    await post(c, staff, `/console/tickets/${old.id}/reopen`);
    expect((await c.h.store.ticket.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("assigned");
    // Promoted with the last staff answer: the entry carries no personal data and the KB answers it.
    const promoted = await post(c, staff, `/console/tickets/${old.id}/promote`, { answer: "" });
    expect(promoted.headers.location).toContain("done=promoted");
    const faq = await c.h.store.faqEntry.findFirstOrThrow({ where: { ticketId: old.id } });
    expect(faq.answer).toBe("Anh/chị xoá bộ nhớ đệm rồi đăng nhập lại.");
    expect((await c.kb.answer("Không đăng nhập được hệ thống một cửa")).answered).toBe(true);

    // An admin sees the registered asker's contact details.
    const admin = await signIn(c, ADMIN);
    expect((await get(c, admin, `/console/tickets/${old.id}`)).body).toMatch(/data-contact>09\d{8} · cb0@example\.vn/);
  });
});
