import { describe, expect, it } from "vitest";
import { Conversation, message } from "../helpers/harness.js";
import { ADMIN, createWorld, fixtureCsv, importAsAdmin, linkGroup, registerOfficer, type World } from "./helpers.js";

async function ready(): Promise<World> {
  const w = await createWorld();
  await importAsAdmin(w, fixtureCsv());
  return w;
}

const groupSay = async (w: World, chatId: string, text: string, userId = "77") =>
  (await w.router.handle(message(text, { chatId, chatKind: "group", userId }))).map((o) => o.reply);

describe("/lichtaphuan", () => {
  it("shows a registered commune officer the sessions of their province and audience, in Vietnamese date form", async () => {
    const w = await ready();
    await registerOfficer(w, { userId: "u1", province: "Thành phố Huế", unitKind: "phuong", privateChatId: "u1" });
    const [reply] = await new Conversation(w.router, { userId: "u1" }).say("/lichtaphuan");
    const text = reply!.text;
    expect(text).toMatch(/^Lịch tập huấn sắp tới của Thành phố Huế dành cho cán bộ cấp xã, phường, đặc khu:/);
    expect(text).toContain("🗓 Thứ Hai, 19/01/2026, 14:00–17:00");
    expect(text).toContain("Trực tuyến: https://meet.example.org/tap-huan-d1-02");
    expect(text).toContain("Thứ Ba, 01/12/2026, 14:00–17:00");
    expect(text).not.toContain("08:30");
    expect(text).not.toContain("(mã ");
  });

  it("shows a linked group its province and audience, and drops sessions that have ended", async () => {
    const w = await ready();
    await linkGroup(w, "-200", "Hà Nội so");
    const [before] = await groupSay(w, "-200", "/lichtaphuan");
    expect(before!.text).toContain("Thứ Hai, 19/01/2026, 08:30–11:30");
    w.h.clock.set("2026-01-19T05:00:00Z"); // 12:00 in Hà Nội: D1-01 is over
    const [after] = await groupSay(w, "-200", "/lichtaphuan");
    expect(after!.text).not.toContain("19/01/2026");
    expect(after!.text).toContain("Thứ Ba, 01/12/2026, 08:30–11:30");
  });

  it("asks an unknown person which province, and accepts a former province name", async () => {
    const w = await ready();
    const chat = new Conversation(w.router, { userId: "u2" });
    const [ask] = await chat.say("/lichtaphuan");
    expect(ask!.text).toMatch(/cho biết tỉnh\/thành phố/);
    const [answer] = await chat.say("Hải Dương");
    expect(answer!.text).toMatch(/^\(Hải Dương nay thuộc Thành phố Hải Phòng.\)\nLịch tập huấn sắp tới của Thành phố Hải Phòng:/);
    // Both audiences, since the bot does not know theirs.
    expect(answer!.text).toContain("Dành cho: cán bộ cấp Sở");
    expect(answer!.text).toContain("Dành cho: cán bộ cấp xã, phường, đặc khu");
    // The question is answered: a later message is no longer taken as a province.
    expect(await w.h.store.flowState.count()).toBe(0);
  });

  it("accepts /lichtaphuan <tỉnh>, and offers choices for an unclear name", async () => {
    const w = await ready();
    const chat = new Conversation(w.router, { userId: "u3" });
    const [direct] = await chat.say("/lichtaphuan can tho");
    expect(direct!.text).toMatch(/Lịch tập huấn sắp tới của Thành phố Cần Thơ/);
    const unclear = await chat.say("/lichtaphuan Quảng");
    expect(unclear[0]!.choices!.map((c) => c.label)).toContain("Quảng Ninh");
    const [chosen] = await chat.choose(unclear, "Quảng Ninh");
    expect(chosen!.text).toMatch(/Lịch tập huấn sắp tới của Quảng Ninh/);
  });

  it("is reachable from the /start menu on Zalo by typing the number", async () => {
    const w = await ready();
    await registerOfficer(w, { channel: "zalo", userId: "z1", province: "Thành phố Cần Thơ", unitKind: "so_vhttdl", privateChatId: "z1" });
    const chat = new Conversation(w.router, { channel: "zalo", userId: "z1" });
    const menu = await chat.say("/start");
    const [reply] = await chat.choose(menu, "Lịch tập huấn", { channel: "zalo" });
    expect(reply!.text).toMatch(/Thành phố Cần Thơ dành cho cán bộ cấp Sở/);
    expect(reply!.text).toContain("Thứ Ba, 20/01/2026, 08:30–11:30");
  });

  it("lets an admin look up any province with session ids; officers keep to their own", async () => {
    const w = await ready();
    const [admin] = await w.admin.say("/lichtaphuan Huế");
    expect(admin!.text).toContain("(mã D1-01)");
    expect(admin!.text).toContain("(mã D1-02)");
    await registerOfficer(w, { userId: "u4", province: "Thành phố Huế", unitKind: "xa", privateChatId: "u4" });
    const [officer] = await new Conversation(w.router, { userId: "u4" }).say("/lichtaphuan Cà Mau");
    expect(officer!.text).toMatch(/^Anh\/chị đang xem lịch của Thành phố Huế/);
    expect(officer!.text).not.toContain("Cà Mau");
  });

  it("in an unlinked group, explains how to ask", async () => {
    const w = await ready();
    const [reply] = await groupSay(w, "-300", "/lichtaphuan");
    expect(reply!.text).toMatch(/chưa liên kết/);
  });
});

describe("/lienket and /huylienket", () => {
  it("links, shows and removes a group's link", async () => {
    const w = await ready();
    expect(await linkGroup(w, "-400", "Hà Nam Ninh xa")).toMatch(/^Tôi không nhận ra tỉnh “Hà Nam Ninh”. Có phải: /);
    expect(await linkGroup(w, "-400", "Bình Dương so")).toBe(
      "(Bình Dương nay thuộc Thành phố Hồ Chí Minh.)\nĐã liên kết nhóm với Thành phố Hồ Chí Minh. Nhóm sẽ nhận nhắc lịch tập huấn dành cho cán bộ cấp Sở.\nGõ /lichtaphuan để xem lịch.",
    );
    const chat = await w.h.store.chat.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId: "-400" } } });
    expect(chat).toMatchObject({ province: "Thành phố Hồ Chí Minh", audience: "so" });
    const [shown] = await groupSay(w, "-400", "/lienket", ADMIN.id);
    expect(shown!.text).toMatch(/đang liên kết với Thành phố Hồ Chí Minh/);
    const [removed] = await groupSay(w, "-400", "/huylienket", ADMIN.id);
    expect(removed!.text).toMatch(/Đã bỏ liên kết/);
    const [none] = await groupSay(w, "-400", "/lienket", ADMIN.id);
    expect(none!.text).toMatch(/chưa liên kết/);
    expect(await w.h.store.auditLog.count({ where: { action: { in: ["schedule.link", "schedule.unlink"] } } })).toBe(2);
  });

  it("is for admins only, in groups only", async () => {
    const w = await ready();
    const [denied] = await groupSay(w, "-500", "/lienket Huế");
    expect(denied!.text).toMatch(/chỉ dành cho quản trị viên/);
    const [deniedUnlink] = await groupSay(w, "-500", "/huylienket");
    expect(deniedUnlink!.text).toMatch(/chỉ dành cho quản trị viên/);
    const chat = await w.h.store.chat.findUniqueOrThrow({ where: { channel_externalId: { channel: "telegram", externalId: "-500" } } });
    expect(chat.province).toBeNull();
    const [privateChat] = await w.admin.say("/lienket Huế");
    expect(privateChat!.text).toMatch(/dùng trong nhóm/);
  });

  it("offers choices for an unclear province, and only an admin's press links", async () => {
    const w = await ready();
    const [choices] = await groupSay(w, "-600", "/lienket Quảng xa", ADMIN.id);
    const ninh = choices!.choices!.find((c) => c.label === "Quảng Ninh")!;
    const pressBy = async (userId: string) =>
      (await w.router.handle(message("", { chatId: "-600", chatKind: "group", userId, choice: ninh.id }))).map((o) => o.reply);
    const [other] = await pressBy("77");
    expect(other!.text).toMatch(/chỉ dành cho quản trị viên/);
    const [done] = await pressBy(ADMIN.id);
    expect(done!.text).toMatch(/Đã liên kết nhóm với Quảng Ninh. Nhóm sẽ nhận nhắc lịch tập huấn dành cho cán bộ cấp xã/);
  });
});
