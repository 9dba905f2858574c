import { describe, expect, it } from "vitest";
import { chatFor, fillToSummary, LAN, last, lastText, newRouter, register, seedOfficer, setup } from "./helpers.js";

describe("quotas", () => {
  it("refuses a third officer for a full Sở, showing the holders' names and positions only", async () => {
    const h = await setup();
    const a = await seedOfficer(h, { fullName: "Hoàng Văn Một", position: "Phó Giám đốc", phone: "0911111111", email: "mot@example.vn" });
    const b = await seedOfficer(h, { fullName: "Lê Thị Hai", position: "Chánh Văn phòng", phone: "0922222222", email: "hai@example.vn" });
    const chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("nghe an");
    r = await chat.choose(r, "Sở Văn hóa, Thể thao và Du lịch");
    const text = last(r).text;
    expect(text).toMatch(/Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An đã đủ 2 cán bộ đầu mối/);
    expect(text).toContain("1. Hoàng Văn Một — Phó Giám đốc");
    expect(text).toContain("2. Lê Thị Hai — Chánh Văn phòng");
    expect(text).toMatch(/Nếu cần thay người/);
    for (const secret of [a.phone, b.phone, a.email, b.email]) expect(text).not.toContain(secret);
    // Still on the kind question: another unit can be chosen.
    expect(text).toMatch(/loại đơn vị nào/);
    r = await chat.choose(r, "UBND xã");
    expect(last(r).text).toMatch(/Tên đơn vị/);
    expect(await h.store.officer.count()).toBe(2);
  });

  it("one administrator per commune, identified by province and folded name", async () => {
    const h = await setup();
    await seedOfficer(h, { unitKind: "xa", unitName: "Xã Tân An", fullName: "Đỗ Văn Ba", position: "Công chức văn phòng" });
    const chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("xa tan an");
    expect(last(r).text).toMatch(/Xã Tân An đã có cán bộ quản trị hệ thống đăng ký:\n1\. Đỗ Văn Ba — Công chức văn phòng/);
    expect(last(r).text).toMatch(/Tên đơn vị/);
    // The same name in another province is another commune.
    const other = chatFor(newRouter(h), { userId: "u2" });
    const done = await register(other, { ...LAN, province: "Tây Ninh", phone: "0933333333" });
    expect(lastText(done)).toMatch(/Đã ghi nhận/);
  });

  it("re-checks the quota on confirmation: the second of two concurrent forms is refused", async () => {
    const h = await setup();
    const router = newRouter(h);
    const first = chatFor(router, { userId: "u1" });
    const second = chatFor(router, { userId: "u2" });
    const s1 = await fillToSummary(first, LAN);
    const s2 = await fillToSummary(second, { ...LAN, fullName: "Vũ Thị Bốn", phone: "0944444444", email: "bon@example.vn" });
    expect(lastText(await first.choose(s1, "Xác nhận"))).toMatch(/Đã ghi nhận/);
    const refused = await second.choose(s2, "Xác nhận");
    expect(lastText(refused)).toMatch(/Xã Tân An đã có cán bộ quản trị hệ thống đăng ký:\n1\. Nguyễn Thị Lan — Chuyên viên/);
    expect(last(refused).choices!.map((c) => c.label)).toContain("✏️ Sửa một mục");
    expect(await h.store.officer.count()).toBe(1);
  });
});

describe("duplicate phone", () => {
  it("shows the owner their earlier registration and updates it on request", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, LAN);
    const id = (await h.store.officer.findFirstOrThrow()).id;

    let r = await chat.choose(await chat.say("/dangky"), "Đăng ký thêm người khác");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("Nghĩa Lâm");
    r = await chat.say("Nguyễn Thị Lan");
    r = await chat.say("Phó Chủ tịch");
    r = await chat.say("0912 345 678");
    expect(last(r).text).toMatch(new RegExp(`Số điện thoại này anh/chị đã đăng ký trước đây \\(mã #${id}\\)`));
    expect(last(r).text).toContain("Chuyên viên");
    expect(last(r).choices!.map((c) => c.label)).toEqual(["Cập nhật đăng ký đó", "Nhập số khác"]);
    r = await chat.choose(r, "Cập nhật đăng ký đó");
    expect(last(r).text).toMatch(/email/i);
    r = await chat.say("lan.moi@example.vn");
    r = await chat.choose(r, "Tôi đồng ý");
    r = await chat.choose(r, "Xác nhận");
    expect(lastText(r)).toMatch(new RegExp(`Đã cập nhật đăng ký #${id}`));
    const rows = await h.store.officer.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, unitName: "Xã Nghĩa Lâm", position: "Phó Chủ tịch", email: "lan.moi@example.vn" });
  });

  it("offers the owner to update their registration when their own unit is the one that is full", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "zalo" });
    await register(chat, LAN, "zalo");
    const id = (await h.store.officer.findFirstOrThrow()).id;
    let r = await chat.choose(await chat.say("/dangky"), "Đăng ký thêm người khác", { channel: "zalo" });
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã", { channel: "zalo" });
    r = await chat.say("xa tan an");
    expect(last(r).text).toMatch(new RegExp(`đã đăng ký cho đơn vị này trước đây \\(mã #${id}\\)`));
    r = await chat.choose(r, "Cập nhật đăng ký đó", { channel: "zalo" });
    expect(last(r).text).toMatch(/Họ và tên/);
    r = await chat.say("Trần Thị Mai");
    r = await chat.say("Công chức văn phòng");
    r = await chat.say("0977 111 222");
    r = await chat.say("mai@example.vn");
    r = await chat.choose(r, "Tôi đồng ý", { channel: "zalo" });
    r = await chat.choose(r, "Xác nhận", { channel: "zalo" });
    expect(lastText(r)).toMatch(new RegExp(`Đã cập nhật đăng ký #${id}`));
    const rows = await h.store.officer.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, unitName: "Xã Tân An", fullName: "Trần Thị Mai", phone: "0977111222" });
  });

  it("tells someone else the number is taken without showing whose it is", async () => {
    const h = await setup();
    await seedOfficer(h, { phone: "0912345678", fullName: "Hoàng Văn Một" });
    const chat = chatFor(newRouter(h), { userId: "stranger" });
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("Tân An");
    r = await chat.say("Nguyễn Thị Lan");
    r = await chat.say("Chuyên viên");
    r = await chat.say("0912.345.678");
    expect(last(r).text).toMatch(/đã có trong một đăng ký khác[\s\S]*Số điện thoại di động/);
    expect(last(r).text).not.toContain("Hoàng Văn Một");
  });
});
