import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/bot/types.js";
import { communesOf } from "../../src/reference/communes.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { ADMIN, chatFor, LAN, last, lastText, newRouter, readXlsx, register, seedOfficer, setup } from "./helpers.js";

const COLUMNS = ["STT", "Tỉnh/Thành phố", "Đơn vị", "Họ và tên", "Chức vụ", "Số điện thoại", "Email", "Vai trò", "Ngày đăng ký", "Ghi chú", "Mã đơn vị"];
const codeOf = (province: string, name: string) => communesOf(province).find((u) => u.name === name)!.code;

describe("roster export", () => {
  it("sends the roster as XLSX and CSV in the template's column order, one row per registration", async () => {
    const h = await setup();
    const router = newRouter(h);
    await register(chatFor(router), LAN); // Nghệ An, commune
    await seedOfficer(h, { province: "Thành phố Hà Nội", unitKind: "so_dl", unitName: "Sở Du lịch thành phố Hà Nội", fullName: "Đinh Văn Hà", late: true, phone: "0901234567" });
    await seedOfficer(h, { province: "Nghệ An", unitKind: "so_vhttdl", fullName: "Hồ Thị Nghệ", phone: "0907654321" });

    const admin = chatFor(router, { userId: ADMIN });
    const replies = await admin.say("/dangky_xuat");
    expect(replies).toHaveLength(3);
    const [xlsx, csv] = replies as [Reply, Reply];
    expect(xlsx.file!.fileName).toMatch(/^danh-sach-can-bo-dau-moi-20260110\.xlsx$/);
    expect(xlsx.text).toMatch(/3 người/);

    const rows = await readXlsx(xlsx);
    expect(rows[0]).toEqual(COLUMNS);
    expect(rows).toHaveLength(4);
    // Province order of the reference list (Hà Nội first), Sở before communes within a province.
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["1", "Thành phố Hà Nội", "Đinh Văn Hà"],
      ["2", "Nghệ An", "Hồ Thị Nghệ"],
      ["3", "Nghệ An", "Nguyễn Thị Lan"],
    ]);
    expect(rows[3]).toEqual([
      "3", "Nghệ An", "Xã Tân An", "Nguyễn Thị Lan", "Chuyên viên", "0912345678", "lan.nt@example.gov.vn",
      "Cán bộ quản trị hệ thống", "10/01/2026", "", codeOf("Nghệ An", "Xã Tân An"),
    ]);
    expect(rows[1]![9]).toBe("Đăng ký muộn");
    expect(rows[1]![7]).toBe("Cán bộ phối hợp triển khai");

    expect(csv.file!.fileName).toMatch(/\.csv$/);
    const lines = csv.file!.data.toString("utf8").replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(COLUMNS.join(","));
    expect(lines[3]).toContain("0912345678");

    const audit = await h.store.auditLog.findMany();
    expect(audit.map((a) => a.action)).toEqual(["registration.export"]);
  });

  it("is refused to non-admins and in groups, like the report and the nudge", async () => {
    const h = await setup();
    const router = newRouter(h);
    await register(chatFor(router), LAN);
    for (const cmd of ["/dangky_xuat", "/dangky_baocao", "/dangky_nhac", "/dangky_xoa 1", "/dangky_thay 1"]) {
      const officer = await chatFor(router, { userId: "u1" }).say(cmd);
      expect(officer).toEqual([{ text: expect.stringMatching(/chỉ dành cho quản trị viên/) }]);
      const adminInGroup = await chatFor(router, { userId: ADMIN, chatId: "-100", chatKind: "group" }).say(cmd);
      expect(adminInGroup).toEqual([{ text: expect.stringMatching(/chỉ dùng trong tin nhắn riêng/) }]);
      const otherInGroup = await chatFor(router, { userId: "u7", chatId: "-100", chatKind: "group" }).say(cmd);
      expect(otherInGroup[0]!.text).toMatch(/chỉ dành cho quản trị viên/);
    }
    expect(await h.store.officer.count()).toBe(1);
    expect(await h.store.outbox.count()).toBe(0);
  });
});

const communeCount = () => PROVINCES.reduce((n, p) => n + communesOf(p).length, 0);

describe("completeness report", () => {
  it("counts Sở places, communes and late entries per province and lists provinces without a Sở", async () => {
    const h = await setup();
    await seedOfficer(h, { province: "Nghệ An", unitKind: "so_vhttdl" });
    await seedOfficer(h, { province: "Nghệ An", unitKind: "so_vhttdl" });
    await seedOfficer(h, { province: "Nghệ An", unitKind: "xa", unitName: "Xã Tân An", unitCode: codeOf("Nghệ An", "Xã Tân An") });
    await seedOfficer(h, { province: "Nghệ An", unitKind: "phuong", unitName: "Phường Trường Vinh", unitCode: codeOf("Nghệ An", "Phường Trường Vinh"), late: true });
    await seedOfficer(h, { province: "Thành phố Hà Nội", unitKind: "so_vhtt", unitName: "Sở Văn hóa và Thể thao thành phố Hà Nội" });
    await seedOfficer(h, { province: "Thành phố Hà Nội", unitKind: "so_dl", unitName: "Sở Du lịch thành phố Hà Nội", late: true });
    await seedOfficer(h, { province: "Thành phố Hà Nội", unitKind: "so_dl", unitName: "Sở Du lịch thành phố Hà Nội" });
    await seedOfficer(h, { province: "Lai Châu", unitKind: "xa", unitName: "Xã Mường Tè", unitCode: codeOf("Lai Châu", "Xã Mường Tè") });
    // From before the list, not matched yet: counted apart.
    await seedOfficer(h, { province: "Lai Châu", unitKind: "xa", unitName: "Xã Không Có" });

    const [r] = await chatFor(newRouter(h), { userId: ADMIN }).say("/dangky_baocao");
    const text = r!.text;
    const all = communeCount();
    expect(text).toMatch(/Tổng số: 9 người, trong đó 2 đăng ký muộn/);
    expect(text).toMatch(/Sở: 2\/34 tỉnh, thành phố đã có cán bộ Sở đăng ký; 1 đã đủ 2\/2/);
    expect(text).toContain(`• Xã, phường, đặc khu: 3/${all.toLocaleString("vi-VN")} đơn vị đã có cán bộ quản trị hệ thống; còn thiếu ${(all - 3).toLocaleString("vi-VN")}.`);
    expect(text).toContain("• 1 đăng ký xã, phường chưa khớp danh sách đơn vị (chưa tính ở trên): /dangky_chuanhoa.");
    expect(text).toContain(`• Nghệ An: Sở VHTTDL 2/2; xã, phường 2/${communesOf("Nghệ An").length}; 1 muộn`);
    expect(text).toContain(`• Thành phố Hà Nội: Sở VHTT 1/2, Sở DL 2/2; xã, phường 0/${communesOf("Thành phố Hà Nội").length}; 1 muộn`);
    expect(text).toContain(`• Lai Châu: Sở 0/2; xã, phường 1/${communesOf("Lai Châu").length}`);
    // Every province has a line: each has units to register.
    expect(text.match(/^• .+: .*xã, phường \d+\/\d+/gm)).toHaveLength(34);
    const missing = text.match(/Chưa có cán bộ Sở nào đăng ký \((\d+)\): ([^\n]+)/)!;
    expect(missing[1]).toBe("32");
    expect(missing[2]).toContain("Lai Châu");
    expect(missing[2]).toContain("Thành phố Huế");
    expect(missing[2]).not.toContain("Nghệ An");
    expect(missing[2]).not.toContain("Hà Nội");
  });

  it("stays within one Telegram message with every province registered", async () => {
    const h = await setup();
    for (const province of PROVINCES) {
      for (const kind of ["so_vhttdl", "so_vhtt", "so_dl"]) await seedOfficer(h, { province, unitKind: kind, unitName: `Sở ${kind} ${province}`, late: true });
      await seedOfficer(h, { province, unitKind: "xa", unitName: `Xã A ${province}` });
    }
    const [r] = await chatFor(newRouter(h), { userId: ADMIN }).say("/dangky_baocao");
    expect(r!.text.length).toBeLessThanOrEqual(4096);
    expect(r!.text).toMatch(/Tất cả tỉnh, thành phố đã có cán bộ Sở đăng ký/);
    expect(r!.text).toMatch(/Tổng số: 136 người/);
    expect(r!.text).toMatch(/34 đăng ký xã, phường chưa khớp danh sách/);
  });
});

describe("nudges to linked groups", () => {
  async function link(h: Awaited<ReturnType<typeof setup>>, externalId: string, province: string, audience: string | null, role = "officer") {
    await h.store.chat.create({ data: { channel: "telegram", externalId, kind: "group", title: externalId, province, audience, role } });
  }

  it("queues one durable nudge per group of a province still missing registrations, once a day", async () => {
    const h = await setup();
    await seedOfficer(h, { province: "Nghệ An", unitKind: "so_vhttdl" });
    await seedOfficer(h, { province: "Nghệ An", unitKind: "so_vhttdl" });
    await seedOfficer(h, { province: "Nghệ An", unitKind: "xa", unitName: "Xã Tân An", unitCode: codeOf("Nghệ An", "Xã Tân An") });
    await seedOfficer(h, { province: "Lai Châu", unitKind: "so_vhttdl", unitName: "Sở VHTTDL tỉnh Lai Châu" });
    await seedOfficer(h, { province: "Lai Châu", unitKind: "xa", unitName: "Xã Mường Tè", unitCode: codeOf("Lai Châu", "Xã Mường Tè") });
    await link(h, "-1", "Nghệ An", "so"); // Sở complete: no nudge
    await link(h, "-2", "Lai Châu", "so"); // Sở 1/2
    await link(h, "-3", "Lai Châu", "xa"); // one commune of the list registered
    await link(h, "-4", "Sơn La", null); // nothing at all
    await link(h, "-5", "Sơn La", null, "support"); // not an officer group

    const admin = chatFor(newRouter(h), { userId: ADMIN });
    const [r] = await admin.say("/dangky_nhac");
    expect(r!.text).toMatch(/Đã xếp 3 tin nhắc/);
    const rows = await h.store.outbox.findMany({ orderBy: { chatId: "desc" } });
    expect(rows.map((o) => [o.chatId, o.kind, o.status])).toEqual([
      ["-4", "nudge", "pending"],
      ["-3", "nudge", "pending"],
      ["-2", "nudge", "pending"],
    ]);
    const text = (chatId: string) => (JSON.parse(rows.find((o) => o.chatId === chatId)!.payload) as Reply).text;
    expect(text("-2")).toMatch(/Lai Châu[\s\S]*Sở: 1\/2/);
    expect(text("-2")).not.toMatch(/Xã, phường/);
    const laiChau = communesOf("Lai Châu");
    expect(text("-3")).toContain(`Xã, phường, đặc khu: 1/${laiChau.length} đơn vị đã cử cán bộ quản trị hệ thống.`);
    // The group is told which units are still missing, by name, and not the one that registered.
    for (const u of laiChau.filter((x) => x.name !== "Xã Mường Tè")) expect(text("-3")).toContain(u.name);
    expect(text("-3")).not.toContain("Xã Mường Tè");
    expect(text("-3")).not.toMatch(/Sở:/);
    // A province with more missing units than a message should carry: the first ones, then how many more.
    expect(text("-4")).toMatch(new RegExp(`và ${communesOf("Sơn La").length - 40} đơn vị khác`));
    expect(text("-4")).toMatch(/Sơn La[\s\S]*Sở: 0\/2[\s\S]*\/dangky/);

    const [again] = await admin.say("/dangky_nhac");
    expect(again!.text).toMatch(/Đã xếp 0 tin nhắc[\s\S]*3 nhóm đã được nhắc hôm nay/);
    expect(await h.store.outbox.count()).toBe(3);

    h.clock.advance(86_400_000);
    await admin.say("/dangky_nhac");
    expect(await h.store.outbox.count()).toBe(6);
  });

  it("says so when no group is linked", async () => {
    const h = await setup();
    const [r] = await chatFor(newRouter(h), { userId: ADMIN }).say("/dangky_nhac");
    expect(r!.text).toMatch(/Chưa có nhóm nào được liên kết/);
  });
});

describe("admin removal and replacement", () => {
  it("/dangky_xoa <id> removes after a confirmation, audits, and tells the officer privately", async () => {
    const h = await setup();
    const router = newRouter(h);
    await register(chatFor(router), LAN);
    const o = await h.store.officer.findFirstOrThrow();
    const admin = chatFor(router, { userId: ADMIN });
    let r = await admin.say(`/dangky_xoa ${o.id}`);
    expect(r[0]!.text).toMatch(new RegExp(`#${o.id} Xã Tân An — Nguyễn Thị Lan, Chuyên viên`));
    r = await admin.choose(r, "Gỡ đăng ký");
    expect(r[0]!.text).toMatch(new RegExp(`Đã gỡ đăng ký #${o.id}`));
    expect(await h.store.officer.count()).toBe(0);
    const audit = await h.store.auditLog.findMany();
    expect(audit).toEqual([expect.objectContaining({ actor: `telegram:${ADMIN}`, action: "registration.remove", target: `officer:${o.id}` })]);
    expect(JSON.stringify(audit)).not.toMatch(/Nguyễn|0912345678|lan\.nt/);
    const notice = await h.store.outbox.findFirstOrThrow();
    expect(notice.chatId).toBe("u1");
    expect(notice.payload).toMatch(/đã gỡ đăng ký cán bộ đầu mối của anh\/chị \(Xã Tân An\)/);
    // The place is free again.
    const again = await register(chatFor(router, { userId: "u2" }), { ...LAN, fullName: "Trần Văn Mới", phone: "0988000111" });
    expect(lastText(again)).toMatch(/Đã ghi nhận/);
  });

  it("/dangky_xoa <province> lists that province's registrations with their ids", async () => {
    const h = await setup();
    const a = await seedOfficer(h, { fullName: "Hoàng Văn Một", position: "Phó Giám đốc" });
    await seedOfficer(h, { province: "Sơn La", unitName: "Sở VHTTDL tỉnh Sơn La" });
    const admin = chatFor(newRouter(h), { userId: ADMIN });
    const r = await admin.say("/dangky_xoa nghe an");
    expect(r[0]!.text).toMatch(new RegExp(`#${a.id} .* — Hoàng Văn Một, Phó Giám đốc`));
    expect(r[0]!.text).not.toMatch(/Sơn La/);
    const confirm = await admin.choose(r, `Gỡ #${a.id}`);
    expect(confirm[0]!.text).toMatch(/Gỡ đăng ký này khỏi danh sách/);
    const kept = await admin.choose(confirm, "Không");
    expect(kept[0]!.text).toMatch(/giữ nguyên/);
    expect(await h.store.officer.count()).toBe(2);
    expect((await admin.say("/dangky_xoa 999"))[0]!.text).toMatch(/Không có đăng ký #999/);
    expect((await admin.say("/dangky_xoa"))[0]!.text).toMatch(/Cú pháp/);
  });

  it("/dangky_thay puts the replacement named by the unit in place, audited, out of the old owner's reach", async () => {
    const h = await setup();
    const router = newRouter(h);
    await register(chatFor(router), LAN);
    const o = await h.store.officer.findFirstOrThrow();
    const other = await seedOfficer(h, { province: "Sơn La", unitName: "Sở VHTTDL tỉnh Sơn La" });
    const admin = chatFor(router, { userId: ADMIN, channel: "zalo" });
    let r = await admin.say(`/dangky_thay ${o.id}`);
    expect(r[0]!.text).toMatch(/Thay người đầu mối cho đăng ký/);
    expect(last(r).text).toMatch(/Họ và tên/);
    r = await admin.say("Trần Văn Mới");
    r = await admin.say("Công chức văn phòng");
    r = await admin.say(other.phone);
    expect(last(r).text).toMatch(/đã có trong một đăng ký khác/);
    r = await admin.say("0988000111");
    r = await admin.say("moi@example.vn");
    expect(last(r).text).toMatch(/Người thay thế đã được đơn vị thông báo và đồng ý/);
    r = await admin.choose(r, "Đã đồng ý", { channel: "zalo" });
    expect(last(r).text).toMatch(/Thay cho:[\s\S]*Nguyễn Thị Lan[\s\S]*Người thay thế:[\s\S]*Trần Văn Mới/);
    r = await admin.choose(r, "Xác nhận", { channel: "zalo" });
    expect(lastText(r)).toMatch(new RegExp(`Đã thay người đầu mối cho đăng ký #${o.id}`));

    const after = await h.store.officer.findMany({ where: { id: o.id } });
    expect(after[0]).toMatchObject({ id: o.id, unitName: "Xã Tân An", fullName: "Trần Văn Mới", phone: "0988000111", channel: "ministry" });
    expect(await h.store.auditLog.findFirstOrThrow()).toMatchObject({ action: "registration.replace", target: `officer:${o.id}` });
    const notice = await h.store.outbox.findFirstOrThrow();
    expect(notice.payload).toMatch(/đã thay người đầu mối của Xã Tân An/);
    expect((await chatFor(router).say("/hoso"))[0]!.text).toMatch(/chưa có đăng ký nào/);
  });
});
