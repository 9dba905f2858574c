import { describe, expect, it } from "vitest";
import { chatFor, fillToSummary, LAN, last, lastText, newRouter, register, setup } from "./helpers.js";

describe("registration form on every channel", () => {
  it("Telegram (buttons): a commune administrator, stored normalised", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    const summary = await fillToSummary(chat, LAN, "telegram");
    const text = last(summary).text;
    expect(text).toContain("Nghệ An");
    expect(text).toContain("Xã Tân An");
    expect(text).toContain("Nguyễn Thị Lan");
    expect(text).toContain("0912 345 678");
    expect(text).toContain("lan.nt@example.gov.vn");
    expect(text).toContain("Cán bộ quản trị hệ thống");
    expect(last(summary).choices!.map((c) => c.label)).toEqual(["✅ Xác nhận", "✏️ Sửa một mục", "Huỷ phiếu"]);

    const done = await chat.choose(summary, "Xác nhận");
    expect(lastText(done)).toMatch(/Đã ghi nhận đăng ký \(mã #\d+\) với vai trò Cán bộ quản trị hệ thống/);
    expect(lastText(done)).not.toMatch(/muộn/);

    const rows = await h.store.officer.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: "telegram",
      externalUserId: "u1",
      province: "Nghệ An",
      unitKind: "xa",
      unitName: "Xã Tân An",
      fullName: "Nguyễn Thị Lan",
      position: "Chuyên viên",
      phone: "0912345678",
      email: "lan.nt@example.gov.vn",
      role: "quan_tri",
      late: false,
      status: "active",
    });
    expect(rows[0]!.consentAt.toISOString()).toBe(h.clock.now().toISOString());
    expect(await h.store.flowState.count()).toBe(0);
  });

  it("Zalo (numbered answers): a Sở officer whose unit name is derived, not asked", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "zalo", userId: "z1" });
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    // The six kinds are offered as numbered choices.
    expect(last(r).choices!.map((c) => c.label)).toEqual([
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Văn hóa và Thể thao",
      "Sở Du lịch",
      "UBND xã",
      "UBND phường",
      "UBND đặc khu",
    ]);
    r = await chat.choose(r, "Sở Văn hóa, Thể thao và Du lịch", { channel: "zalo" });
    expect(last(r).text).toMatch(/Bước 3\/7\. Họ và tên/);
    r = await chat.say("Trần Văn Bình");
    r = await chat.say("Phó Giám đốc");
    r = await chat.say("+84 987 654 321");
    r = await chat.say("binh@svhttdl.nghean.gov.vn");
    r = await chat.choose(r, "Tôi đồng ý", { channel: "zalo" });
    expect(last(r).text).toContain("Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An");
    expect(last(r).text).toContain("Cán bộ phối hợp triển khai");
    r = await chat.choose(r, "Xác nhận", { channel: "zalo" });
    expect(lastText(r)).toMatch(/Đã ghi nhận/);
    const o = await h.store.officer.findFirstOrThrow();
    expect(o).toMatchObject({ channel: "zalo", unitKind: "so_vhttdl", role: "phoi_hop", phone: "0987654321", unitName: "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An" });
  });

  it("shell (typed words): a former province confirmed, kind and consent typed in words", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "shell", userId: "officer" });
    await chat.say("/start");
    let r = await chat.say("dang ky can bo dau moi"); // the /start menu entry, typed without diacritics
    expect(lastText(r)).toMatch(/tỉnh, thành phố nào/);
    r = await chat.say("Binh Duong");
    expect(last(r).text).toMatch(/Bình Dương đã hợp nhất vào Thành phố Hồ Chí Minh/);
    r = await chat.say("đúng");
    expect(last(r).text).toMatch(/loại đơn vị nào/);
    r = await chat.say("so du lich");
    expect(last(r).text).toMatch(/Họ và tên/);
    r = await chat.say("LÊ HOÀNG NAM");
    r = await chat.say("chuyên viên phòng quản lý du lịch");
    r = await chat.say("0912 000 111");
    r = await chat.say("nam@sdl.hochiminhcity.gov.vn");
    r = await chat.say("đồng ý");
    expect(last(r).text).toContain("Sở Du lịch thành phố Hồ Chí Minh");
    expect(last(r).text).toContain("Lê Hoàng Nam");
    r = await chat.say("1");
    expect(lastText(r)).toMatch(/Đã ghi nhận/);
    const o = await h.store.officer.findFirstOrThrow();
    expect(o).toMatchObject({ province: "Thành phố Hồ Chí Minh", unitKind: "so_dl", position: "Chuyên viên phòng quản lý du lịch", phone: "0912000111" });
  });

  it("offers a short choice when several provinces match, and accepts the choice", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await chat.say("/dangky");
    const r = await chat.say("Quảng");
    expect(last(r).text).toMatch(/Có nhiều tỉnh, thành phố khớp với “Quảng”/);
    const labels = last(r).choices!.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(["Quảng Ninh", "Quảng Trị", "Quảng Ngãi"]));
    expect(labels.length).toBeLessThanOrEqual(8);
    const next = await chat.choose(r, "Quảng Trị");
    expect(last(next).text).toMatch(/loại đơn vị nào/);
    for (const c of last(next).choices!) expect(Buffer.byteLength(c.id)).toBeLessThanOrEqual(48);
  });

  it("says the form is done in a private chat when /dangky is used in a group", async () => {
    const h = await setup();
    const group = chatFor(newRouter(h), { chatId: "-100", chatKind: "group" });
    const [r] = await group.say("/dangky");
    expect(r!.text).toMatch(/nhắn riêng cho bot và gõ \/dangky/);
    expect(await h.store.flowState.count()).toBe(0);
  });

  it("lets a person who has registered update it or register someone else", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, LAN);
    const r = await chat.say("/dangky");
    expect(last(r).text).toMatch(/đã đăng ký 1 cán bộ/);
    expect(last(r).choices!.map((c) => c.label)).toEqual([expect.stringMatching(/^Sửa đăng ký #\d+$/), "Đăng ký thêm người khác"]);
    const fresh = await chat.choose(r, "Đăng ký thêm người khác");
    expect(lastText(fresh)).toMatch(/tỉnh, thành phố nào/);
  });
});
