import { describe, expect, it } from "vitest";
import { message } from "../helpers/harness.js";
import { chatFor, LAN, last, lastText, newRouter, register, seedOfficer, setup } from "./helpers.js";

describe("the officer's own data", () => {
  it("/hoso shows the registration privately with edit and delete choices", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, LAN);
    const [r] = await chat.say("/hoso");
    expect(r!.text).toMatch(/Thông tin đăng ký của anh\/chị/);
    expect(r!.text).toContain("Nguyễn Thị Lan");
    expect(r!.text).toContain("0912 345 678");
    expect(r!.choices!.map((c) => c.label)).toEqual(["Sửa thông tin", "Xoá dữ liệu của tôi"]);
  });

  it("/hoso in a group sends the data to the private chat, not the group", async () => {
    const h = await setup();
    const router = newRouter(h);
    await register(chatFor(router), LAN);
    const group = chatFor(router, { chatId: "-100", chatKind: "group" });
    await router.dispatch(message("/hoso", { chatId: "-100", chatKind: "group" }), group.sender);
    const sent = group.sender.take();
    const inGroup = sent.filter((s) => s.chatId === "-100").map((s) => s.reply.text).join("\n");
    const inPrivate = sent.filter((s) => s.chatId === "u1").map((s) => s.reply.text).join("\n");
    expect(inPrivate).toContain("0912 345 678");
    expect(inGroup).not.toContain("0912");
    expect(inGroup).not.toContain("Nguyễn Thị Lan");
    expect(inGroup).toMatch(/tin nhắn riêng/);
  });

  it("edits one field from /hoso and keeps the rest", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "zalo" });
    await register(chat, LAN, "zalo");
    let r = await chat.say("/hoso");
    r = await chat.choose(r, "Sửa thông tin", { channel: "zalo" });
    expect(last(r).text).toMatch(/muốn sửa mục nào/);
    r = await chat.choose(r, "Email", { channel: "zalo" });
    expect(last(r).text).toMatch(/Hiện tại: lan.nt@example.gov.vn/);
    r = await chat.say("lan.moi@example.vn");
    expect(last(r).text).toMatch(/kiểm tra lại thông tin/);
    r = await chat.choose(r, "Xác nhận", { channel: "zalo" });
    expect(lastText(r)).toMatch(/Đã cập nhật đăng ký #\d+/);
    const rows = await h.store.officer.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "lan.moi@example.vn", fullName: "Nguyễn Thị Lan", phone: "0912345678" });
  });

  it("re-enters the whole form pre-filled: 'Giữ nguyên' keeps a value, a new answer replaces it", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, LAN);
    let r = await chat.say("/hoso");
    r = await chat.choose(r, "Sửa thông tin");
    r = await chat.choose(r, "Nhập lại toàn bộ");
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      seen.push(last(r).text);
      expect(last(r).choices![0]!.label).toBe("Giữ nguyên");
      r = i === 5 ? await chat.say("0987 654 321") : await chat.choose(r, "Giữ nguyên");
    }
    expect(seen[0]).toMatch(/Hiện tại: Nghệ An/);
    expect(seen[2]).toMatch(/Hiện tại: Xã Tân An/);
    // Consent was given with the registration: not asked again.
    expect(last(r).text).toMatch(/kiểm tra lại thông tin/);
    r = await chat.choose(r, "Xác nhận");
    expect(await h.store.officer.findFirstOrThrow()).toMatchObject({ phone: "0987654321", unitName: "Xã Tân An", position: "Chuyên viên" });
  });

  it("cannot edit someone else's registration with a forged button", async () => {
    const h = await setup();
    const other = await seedOfficer(h);
    const chat = chatFor(newRouter(h));
    const r = await chat.say("", { choice: `reg:e:${other.id}` });
    expect(r[0]!.text).toMatch(/Không tìm thấy đăng ký này/);
  });

  it("/xoadulieu deletes the data after a confirmation and audits it without personal data", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, LAN);
    const id = (await h.store.officer.findFirstOrThrow()).id;
    let r = await chat.say("/xoadulieu");
    expect(last(r).text).toMatch(/chắc chắn muốn xoá/);
    r = await chat.choose(r, "Không xoá");
    expect(r[0]!.text).toMatch(/giữ nguyên/);
    expect(await h.store.officer.count()).toBe(1);

    // A ticket the officer opened earlier carries their name and unit for support staff.
    await h.store.ticket.create({
      data: { channel: "telegram", chatId: "u1", chatKind: "private", userId: "u1", userName: "Nguyễn Thị Lan", unitName: "Sở VHTTDL", question: "q" },
    });
    r = await chat.choose(await chat.say("/xoadulieu"), "Xoá dữ liệu");
    expect(r[0]!.text).toMatch(/Đã xoá dữ liệu cá nhân/);
    expect(await h.store.officer.count()).toBe(0);
    expect(await h.store.ticket.findFirstOrThrow()).toMatchObject({ userName: null, unitName: null });
    const audit = await h.store.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "registration.self_delete", target: `officer:${id}` });
    const auditText = JSON.stringify(audit);
    for (const personal of ["Nguyễn Thị Lan", "0912345678", "lan.nt@example.gov.vn", "Chuyên viên", "u1"]) {
      expect(auditText).not.toContain(personal);
    }
    expect((await chat.say("/hoso"))[0]!.text).toMatch(/chưa có đăng ký nào/);
    expect((await chat.say("/xoadulieu"))[0]!.text).toMatch(/không lưu đăng ký, câu hỏi hay phiếu hỗ trợ nào/);
  });

  it("/xoadulieu also deletes an unfinished form", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await chat.say("/dangky");
    await chat.say("Nghệ An");
    const r = await chat.choose(await chat.say("/xoadulieu"), "Xoá dữ liệu");
    expect(r[0]!.text).toMatch(/Đã xoá/);
    expect(await h.store.flowState.count()).toBe(0);
  });

  it("/xoadulieu in a group points to the private chat", async () => {
    const h = await setup();
    const group = chatFor(newRouter(h), { chatId: "-100", chatKind: "group" });
    const [r] = await group.say("/xoadulieu");
    expect(r!.text).toMatch(/tin nhắn riêng/);
  });
});
