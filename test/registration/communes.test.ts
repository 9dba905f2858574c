// The commune step picks a real unit of the official list: codes stored, quotas keyed on them.
import { describe, expect, it } from "vitest";
import { communesOf } from "../../src/reference/communes.js";
import { chatFor, fillToSummary, LAN, last, newRouter, register, seedOfficer, setup } from "./helpers.js";

const codeOf = (province: string, name: string) => communesOf(province).find((u) => u.name === name)!.code;

describe("the commune step", () => {
  it("stores the official name, kind and code of a misspelled, unaccented, prefix-less name", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    const r = await fillToSummary(chat, { ...LAN, province: "quang tri", unitName: "bo trac" });
    expect(last(r).text).toContain("• Đơn vị: Xã Bố Trạch");
    await chat.choose(r, "Xác nhận");
    const o = await h.store.officer.findFirstOrThrow();
    expect(o).toMatchObject({ province: "Quảng Trị", unitKind: "xa", unitName: "Xã Bố Trạch", unitCode: codeOf("Quảng Trị", "Xã Bố Trạch") });
  });

  it("takes the unit kind from the list: a phường picked as “UBND xã” is stored as a phường", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, { ...LAN, unitName: "thanh vinh" });
    const o = await h.store.officer.findFirstOrThrow();
    expect(o).toMatchObject({ unitKind: "phuong", unitName: "Phường Thành Vinh", unitCode: codeOf("Nghệ An", "Phường Thành Vinh") });
  });

  it("offers the close units as choices when a name is ambiguous", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "zalo" });
    let r = await chat.say("/dangky");
    r = await chat.say("Quảng Ngãi");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("son ha");
    expect(last(r).text).toMatch(/Có nhiều đơn vị của Quảng Ngãi gần giống “son ha”/);
    expect(last(r).choices!.map((c) => c.label).sort()).toEqual(["Xã Sơn Hà", "Xã Sơn Hạ"]);
    // On Zalo the choices are numbered: the person types the number of the one they mean.
    const n = last(r).choices!.findIndex((c) => c.label === "Xã Sơn Hạ") + 1;
    r = await chat.say(String(n));
    expect(last(r).text).toMatch(/Họ và tên/);
    const f = await chat.say("Phạm Văn Hạ");
    expect(last(f).text).toMatch(/Chức vụ/);
    const state = await h.store.flowState.findFirstOrThrow();
    expect(state.data).toContain(codeOf("Quảng Ngãi", "Xã Sơn Hạ"));
  });

  it("refuses a commune of another province, says where it is, and can move the form there in one tap", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("xã bố trạch");
    expect(last(r).text).toMatch(/“xã bố trạch” không có trong danh sách đơn vị của Nghệ An; tên này thuộc Quảng Trị/);
    expect(last(r).text).not.toMatch(/Họ và tên/);
    r = await chat.say("Tân An");
    expect(last(r).text).toMatch(/Họ và tên/);
    // The other way: accept the move.
    const other = chatFor(newRouter(h), { userId: "u2" });
    r = await other.say("/dangky");
    r = await other.say("Nghệ An");
    r = await other.choose(r, "UBND xã");
    r = await other.say("bo trach");
    r = await other.choose(r, "Đổi sang Quảng Trị: Xã Bố Trạch");
    expect(last(r).text).toMatch(/Họ và tên/);
    r = await other.say("Lê Văn Tư");
    r = await other.say("Chuyên viên");
    r = await other.say("0988 777 666");
    r = await other.say("tu@example.vn");
    r = await other.choose(r, "Tôi đồng ý");
    expect(last(r).text).toContain("• Tỉnh/thành phố: Quảng Trị");
    expect(last(r).text).toContain("• Đơn vị: Xã Bố Trạch");
  });

  it("counts two spellings of one commune against its one place", async () => {
    const h = await setup();
    const first = chatFor(newRouter(h), { userId: "u1" });
    await register(first, { ...LAN, province: "Quảng Trị", unitName: "xa bo trach" });
    const second = chatFor(newRouter(h), { userId: "u2" });
    let r = await second.say("/dangky");
    r = await second.say("Quang Tri");
    r = await second.choose(r, "UBND xã");
    r = await second.say("Bố Trạch");
    expect(last(r).text).toMatch(/Xã Bố Trạch đã có cán bộ quản trị hệ thống đăng ký:\n1\. Nguyễn Thị Lan — Chuyên viên/);
    expect(await h.store.officer.count()).toBe(1);
  });

  it("the database itself refuses a second registration with the same unit code", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, { ...LAN, province: "Quảng Trị", unitName: "Bố Trạch" });
    const o = await h.store.officer.findFirstOrThrow();
    const { id: _id, ...copy } = o;
    await expect(h.store.officer.create({ data: { ...copy, phone: "0900000001", externalUserId: "x" } })).rejects.toThrow(/Unique constraint/i);
    // Another unit's code is accepted the same way.
    const other = codeOf("Quảng Trị", "Xã Nam Trạch");
    await expect(h.store.officer.create({ data: { ...copy, unitCode: other, unitName: "Xã Nam Trạch", phone: "0900000002" } })).resolves.toBeTruthy();
  });

  it("editing the province of a registration asks for a commune of the new province", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await register(chat, { ...LAN, province: "Quảng Trị", unitName: "Bố Trạch" });
    let r = await chat.say("/hoso");
    r = await chat.choose(r, "Sửa thông tin");
    r = await chat.choose(r, "Tỉnh/thành phố");
    r = await chat.say("Nghệ An");
    expect(last(r).text).toMatch(/Tên đơn vị \(xã, phường hoặc đặc khu thuộc Nghệ An\)/);
    expect(last(r).text).not.toMatch(/Hiện tại: Xã Bố Trạch/);
    r = await chat.say("Bố Trạch");
    expect(last(r).text).toMatch(/không có trong danh sách đơn vị của Nghệ An/);
    r = await chat.say("kim lien");
    r = await chat.choose(r, "Xác nhận");
    expect(await h.store.officer.findFirstOrThrow()).toMatchObject({ province: "Nghệ An", unitName: "Xã Kim Liên", unitCode: codeOf("Nghệ An", "Xã Kim Liên") });
  });

  it("a registration from before the list is asked to pick its unit when it is edited", async () => {
    const h = await setup();
    await seedOfficer(h, { unitKind: "xa", unitName: "Xã Tan An Cu", externalUserId: "me" });
    const mine = chatFor(newRouter(h), { userId: "me" });
    let r = await mine.say("/hoso");
    r = await mine.choose(r, "Sửa thông tin");
    r = await mine.choose(r, "Số điện thoại");
    r = await mine.say("0987 111 222");
    // The form will not save a commune without its code: the unit is asked before the summary.
    expect(last(r).text).toMatch(/Tên đơn vị \(xã, phường hoặc đặc khu thuộc Nghệ An\)/);
    r = await mine.say("tan an");
    r = await mine.choose(r, "Xác nhận");
    expect(await h.store.officer.findFirstOrThrow()).toMatchObject({ unitName: "Xã Tân An", unitCode: codeOf("Nghệ An", "Xã Tân An"), phone: "0987111222" });
  });
});
