// Bad input to /thongbao gets a clear Vietnamese answer and queues nothing; only admins, in a
// private chat, can announce.
import { describe, expect, it } from "vitest";
import { announcements as t, common } from "../../src/messages/index.js";
import { MAX_TEXT } from "../../src/flows/announcements/service.js";
import { ADMIN_ID, compose, createWorld, linkedGroup, officer, queued, texts, type World } from "./helpers.js";

async function world(): Promise<World> {
  const w = await createWorld({ start: "2026-01-18T08:00:00Z" }); // 15:00 local
  await linkedGroup(w, "-1001", "Thành phố Hà Nội", "so");
  await linkedGroup(w, "gz-2", "Thành phố Huế", "xa", "zalo");
  return w;
}

const nothingQueued = async (w: World) => {
  expect(await queued(w)).toBe(0);
  expect(await w.h.store.announcement.count()).toBe(0);
};

describe("input errors", () => {
  it("an empty text is explained and asked again", async () => {
    const w = await world();
    await w.admin.say("/thongbao");
    for (const empty of ["", "   ", "…!"]) {
      const [r] = await w.admin.say(empty);
      expect(r!.text).toContain(t.textEmpty);
      expect(r!.text).toContain("Bước 1/4");
    }
    await nothingQueued(w);
  });

  it("a text over the Zalo limit is refused with its length and the limit", async () => {
    const w = await world();
    await w.admin.say("/thongbao");
    const long = "Thông báo dài. ".repeat(140).trim();
    expect(long.length).toBeGreaterThan(MAX_TEXT);
    const [r] = await w.admin.say(long);
    expect(r!.text).toContain(t.textTooLong(long.length, MAX_TEXT));
    // Header and text together still fit one Zalo message.
    expect(`${t.header}\n\n`.length + MAX_TEXT).toBe(2000);
    await nothingQueued(w);
  });

  it("an unknown province is named, with suggestions, and the list asked again", async () => {
    const w = await world();
    await w.admin.say("/thongbao");
    const r = await w.admin.say("Nội dung thử.");
    await w.admin.choose(r, "Nhóm của Sở");
    const [bad] = await w.admin.say("Hà Nội, Hà Nộii, Atlantis");
    expect(bad!.text).toMatch(/Tôi không tìm thấy tỉnh, thành phố “Atlantis”/);
    expect(bad!.text).toContain("gõ lại danh sách tỉnh");
    await nothingQueued(w);
  });

  it("a time in the past is refused, naming the time; a date that does not exist too", async () => {
    const w = await world();
    const [past] = await compose(w, { text: "Nội dung thử.", audience: "Tất cả nhóm", provinces: "all", when: "14:30" });
    expect(past!.text).toContain(t.whenPast("14:30 18/01/2026"));
    const [yesterday] = await w.admin.say("16:00 17/01/2026");
    expect(yesterday!.text).toContain(t.whenPast("16:00 17/01/2026"));
    const [noDay] = await w.admin.say("08:00 30/02/2026");
    expect(noDay!.text).toContain(t.whenBadDate);
    const [gibberish] = await w.admin.say("chiều thứ sáu nào đó");
    expect(gibberish!.text).toContain(t.whenFormat);
    await nothingQueued(w);
    // A good answer then reaches the preview.
    const preview = await w.admin.say("8h ngày mai");
    expect(texts(preview)).toContain("08:00 ngày 19/01/2026");
  });

  it("an audience with no chat is refused before the preview", async () => {
    const w = await world();
    await w.admin.say("/thongbao");
    let r = await w.admin.say("Nội dung thử.");
    r = await w.admin.choose(r, "Cán bộ đầu mối");
    const [none] = await w.admin.choose(r, "Mọi tỉnh");
    expect(none!.text).toContain(t.noRecipients);
    await nothingQueued(w);
  });

  it("a time that passes while the preview is open is caught at confirmation", async () => {
    const w = await world();
    const preview = await compose(w, { text: "Nội dung thử.", audience: "Tất cả nhóm", provinces: "all", when: "15:05" });
    w.h.clock.set("2026-01-18T08:06:00Z");
    const r = await w.admin.choose(preview, "Gửi thông báo");
    expect(r[0]!.text).toBe(t.submitPast);
    await nothingQueued(w);
  });
});

describe("leaving the form", () => {
  it("/huy mid-way and “Huỷ bỏ” on the preview queue nothing", async () => {
    const w = await world();
    await w.admin.say("/thongbao");
    await w.admin.say("Nội dung thử.");
    expect((await w.admin.say("/huy"))[0]!.text).toBe(common.cancelled);
    const preview = await compose(w, { text: "Nội dung thử.", audience: "Tất cả nhóm", provinces: "all", when: "now" });
    const [dropped] = await w.admin.choose(preview, "Huỷ bỏ");
    expect(dropped!.text).toBe(t.form.cancelled);
    await nothingQueued(w);
  });
});

describe("who may announce", () => {
  it("refuses officers, and admins in a group; a draft cannot be finished by pressing old buttons", async () => {
    const w = await world();
    await officer(w, "777", "Thành phố Hà Nội", "so_vhttdl");
    const [notAdmin] = await w.admin.say("/thongbao", { userId: "777" });
    expect(notAdmin!.text).toBe(common.adminOnly);
    const [notAdminList] = await w.admin.say("/thongbao_ds", { userId: "777" });
    expect(notAdminList!.text).toBe(common.adminOnly);
    const [inGroup] = await w.admin.say("/thongbao", { chatId: "-1001", chatKind: "group" });
    expect(inGroup!.text).toBe(common.privateOnly);

    // An officer forging the admin's buttons gets the refusal too.
    const preview = await compose(w, { text: "Nội dung thử.", audience: "Tất cả nhóm", provinces: "all", when: "now" });
    const confirmId = preview.at(-1)!.choices!.find((c) => c.label.includes("Gửi thông báo"))!.id;
    const [forged] = await w.admin.say("", { userId: "777", choice: confirmId });
    expect(forged!.text).toBe(common.adminOnly);
    await nothingQueued(w);

    // The admin's own confirmation works and queues one row per chat.
    const [ok] = await w.admin.say("", { userId: ADMIN_ID, choice: confirmId });
    expect(ok!.text).toMatch(/Đã xếp thông báo #1 vào hàng gửi cho 2 cuộc trò chuyện/);
    expect(await queued(w)).toBe(2);
    // A second press of the same button queues nothing more.
    const [again] = await w.admin.say("", { userId: ADMIN_ID, choice: confirmId });
    expect(again!.text).toBe(t.draftGone);
    expect(await queued(w)).toBe(2);
  });

  it("lists /thongbao and /thongbao_ds in the admin part of /help only", async () => {
    const w = await world();
    const [admin] = await w.admin.say("/help");
    expect(admin!.text).toContain("/thongbao_ds");
    const [officerHelp] = await w.admin.say("/help", { userId: "777" });
    expect(officerHelp!.text).not.toContain("/thongbao");
  });
});
