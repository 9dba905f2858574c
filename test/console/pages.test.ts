// The roster (filters, missing units, the Phụ lục 3 XLSX, audit history), the schedule upload
// (a bad row shown against its row and nothing saved, then the corrected file confirmed), the
// knowledge base (upload, remove) and a declined question turned into a FAQ the bot then answers.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { registration } from "../../src/messages/index.js";
import { fold } from "../../src/text.js";
import { Conversation } from "../helpers/harness.js";
import { ADMIN, consoleInstance, createConsoleHarness, get, post, registerProvince, signIn, STAFF, upload, type ConsoleHarness } from "./helpers.js";

const GUIDANCE = path.resolve(__dirname, "../../../shared/guidance");
let c: ConsoleHarness;
afterEach(async () => {
  await c.close();
});

describe("roster", () => {
  it("filters by province and words, lists the missing units, and downloads the Phụ lục 3 XLSX", async () => {
    c = await createConsoleHarness();
    await registerProvince(c, "Nghệ An", 5);
    await registerProvince(c, "Thành phố Hà Nội", 3);
    const officer = await c.h.store.officer.findFirstOrThrow({ where: { province: "Nghệ An", fullName: "Cán bộ 3" } });
    await c.h.store.auditLog.create({ data: { actor: "telegram:100", action: "registration.unit_code", target: `officer:${officer.id}`, details: "{}" } });
    const admin = await signIn(c, ADMIN);

    const na = await get(c, admin, `/console/roster?province=${encodeURIComponent("Nghệ An")}`);
    expect(na.body).toMatch(/data-count="6"/);
    expect(na.body).not.toContain("Thành phố Hà Nội</td>");
    // Words without diacritics find a name with them.
    const found = await get(c, admin, `/console/roster?q=${encodeURIComponent(fold(officer.unitName))}`);
    expect(found.body).toMatch(/data-count="1"/);
    expect(found.body).toContain(`data-officer="${officer.id}"`);
    const missing = await get(c, admin, `/console/roster?province=${encodeURIComponent("Nghệ An")}&missing=1`);
    expect(missing.body).toMatch(/Đơn vị chưa đăng ký \((\d[\d.]*)\)/);

    const xlsx = await get(c, admin, "/console/roster.xlsx");
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...registration.admin.columns]);
    expect(sheet.rowCount).toBe(1 + 6 + 4);
    // Phụ lục 3 order: Hà Nội comes before Nghệ An, each Sở before its communes.
    expect(sheet.getRow(2).getCell(2).value).toBe("Thành phố Hà Nội");
    expect(String(sheet.getRow(2).getCell(3).value)).toContain("Sở");

    const history = await get(c, admin, `/console/roster/${officer.id}/history`);
    expect(history.body).toContain("Gán mã đơn vị");
  });
});

const HEADER = "session_id,date,start,end,provinces,audience,mode,location,topic,contact";
const row = (id: string, date: string) => `${id},${date},08:30,11:30,Nghệ An,so,online,https://meet.example.org/${id},Tập huấn,`;

describe("schedule upload", () => {
  it("shows a bad row against its row and saves nothing, then applies the corrected file on confirmation", async () => {
    c = await createConsoleHarness();
    const admin = await signIn(c, ADMIN);
    const bad = Buffer.from([HEADER, row("S-01", "2026-02-02"), row("S-02", "2026-02-31")].join("\n"));
    const rejected = await upload(c, admin, "/console/schedule/upload", "lich.csv", bad);
    expect(rejected.statusCode).toBe(400);
    expect(rejected.body).toMatch(/<tr class="bad" data-row="3">[\s\S]*?S-02[\s\S]*?<\/tr>/);
    expect(rejected.body).toMatch(/<tr class="" data-row="2">[\s\S]*?Hợp lệ<\/td>/);
    expect(await c.h.store.trainingSession.count()).toBe(0);

    const good = Buffer.from([HEADER, row("S-01", "2026-02-02"), row("S-02", "2026-02-27")].join("\n"));
    const preview = await upload(c, admin, "/console/schedule/upload", "lich.csv", good);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain("Thêm mới 2 buổi");
    expect(await c.h.store.trainingSession.count()).toBe(0);
    const importId = /name="importId" value="([^"]+)"/.exec(preview.body)![1]!;
    // Only the admin who checked the file confirms it, with the CSRF token.
    const other = await signIn(c, ADMIN);
    expect((await c.server.inject({ method: "POST", url: "/console/schedule/confirm", headers: { cookie: other.cookie }, payload: { importId } })).statusCode).toBe(403);
    const applied = await post(c, admin, "/console/schedule/confirm", { importId });
    expect(applied.body).toContain("Đã áp dụng lịch: thêm 2");
    expect(await c.h.store.trainingSession.count()).toBe(2);
    expect((await post(c, admin, "/console/schedule/confirm", { importId })).statusCode).toBe(410);
    const list = await get(c, admin, "/console/schedule");
    expect(list.body).toContain('data-session="S-02"');
    // An upload without the form's CSRF field is refused before the file is read.
    expect((await upload(c, admin, "/console/schedule/upload", "lich.csv", good, "x".repeat(43))).statusCode).toBe(403);
  });
});

describe("schedule upload behind a load balancer", () => {
  it("applies, once, a file checked on one instance and confirmed on another; an expired one is refused", async () => {
    c = await createConsoleHarness();
    const second = await consoleInstance(c.h);
    try {
      const admin = await signIn(c, ADMIN);
      const good = Buffer.from([HEADER, row("S-01", "2026-02-02"), row("S-02", "2026-02-27")].join("\n"));
      const preview = await upload(c, admin, "/console/schedule/upload", "lich.csv", good);
      expect(preview.body).toContain("Thêm mới 2 buổi");
      const importId = /name="importId" value="([^"]+)"/.exec(preview.body)![1]!;

      const applied = await post(second, admin, "/console/schedule/confirm", { importId });
      expect(applied.statusCode).toBe(200);
      expect(applied.body).toContain("Đã áp dụng lịch: thêm 2");
      expect(await c.h.store.trainingSession.count()).toBe(2);
      // The first instance no longer has it either: a second confirmation applies nothing.
      expect((await post(c, admin, "/console/schedule/confirm", { importId })).statusCode).toBe(410);

      const more = Buffer.from([HEADER, row("S-01", "2026-02-02"), row("S-02", "2026-02-27"), row("S-03", "2026-03-02")].join("\n"));
      const late = /name="importId" value="([^"]+)"/.exec((await upload(second, admin, "/console/schedule/upload", "lich.csv", more)).body)![1]!;
      c.h.clock.advance(31 * 60_000);
      expect((await post(c, admin, "/console/schedule/confirm", { importId: late })).statusCode).toBe(410);
      expect(await c.h.store.trainingSession.count()).toBe(2);
    } finally {
      await second.close();
    }
  });
});

describe("knowledge base", () => {
  it("adds a letter from an upload and removes it", async () => {
    c = await createConsoleHarness();
    const admin = await signIn(c, ADMIN);
    const data = fs.readFileSync(path.join(GUIDANCE, "bvhttdl-ke-hoach-tap-huan.txt"));
    const added = await upload(c, admin, "/console/kb/upload", "ke-hoach-tap-huan.txt", data);
    expect(added.statusCode).toBe(200);
    expect(added.body).toContain('data-doc="ke-hoach-tap-huan"');
    expect(c.kb.listDocuments().map((d) => d.slug)).toContain("ke-hoach-tap-huan");
    const removed = await post(c, admin, "/console/kb/ke-hoach-tap-huan/remove");
    expect(removed.body).toContain("Đã xoá văn bản ke-hoach-tap-huan");
    expect(c.kb.listDocuments().map((d) => d.slug)).not.toContain("ke-hoach-tap-huan");
  });

  it("turns a declined question into a FAQ the bot answers at once, and tells the officer who asked", async () => {
    c = await createConsoleHarness();
    const question = "Máy scan ở bộ phận một cửa không nhận trong phần mềm thì làm thế nào?";
    const officer = new Conversation(c.app.router, { userId: "555" });
    const before = await officer.say(question);
    expect(before.map((r) => r.text).join("\n")).not.toContain("cài lại driver");
    expect(await c.h.store.answerLog.count({ where: { answered: false } })).toBe(1);

    const staff = await signIn(c, STAFF);
    const gaps = await get(c, staff, "/console/gaps");
    expect(gaps.body).toContain(question);
    const saved = await post(c, staff, "/console/gaps/faq", { question, answer: "Anh/chị cài lại driver máy scan theo hướng dẫn của nhà cung cấp rồi khởi động lại.", citation: "" });
    expect(saved.statusCode).toBe(303);
    const notices = await c.h.store.outbox.findMany({ where: { chatId: "555", kind: "faq" } });
    expect(notices).toHaveLength(1);
    // Answered now: it leaves the list of gaps.
    const after = await get(c, staff, "/console/gaps?saved=1");
    expect(after.body).toContain("Đã báo cho 1 người");
    expect(after.body).not.toContain(`<summary>${question}`);

    const answered = await new Conversation(c.app.router, { userId: "556" }).say("may scan o bo phan mot cua khong nhan trong phan mem thi lam the nao");
    expect(answered.map((r) => r.text).join("\n")).toContain("cài lại driver");
  });
});
