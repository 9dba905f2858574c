// Scheduled announcements on a fake clock: they reach exactly the chosen chats at the chosen local
// time, can be edited or cancelled until then, and stopped once sending has started.
import { describe, expect, it } from "vitest";
import { SendError } from "../../src/bot/types.js";
import { announcements as t } from "../../src/messages/index.js";
import { compose, createWorld, linkedGroup, officer, queued, texts, type World } from "./helpers.js";

const TEXT = "Buổi tập huấn cho Sở ngày mai chuyển sang 14:00, địa điểm không đổi.";
const AT_1600 = "2026-01-18T09:00:00.000Z"; // 16:00 on 18/01 in Hà Nội

/** Sở groups of Hà Nội, Huế and Đà Nẵng (typed by its former name Quảng Nam), plus groups that must not get it. */
async function groups(w: World): Promise<string[]> {
  await linkedGroup(w, "-1001", "Thành phố Hà Nội", "so");
  await linkedGroup(w, "-1002", "Thành phố Huế", "so");
  await linkedGroup(w, "gz-3", "Thành phố Đà Nẵng", "so", "zalo");
  // A group linked for everyone in Huế has the Sở officers in it too.
  await linkedGroup(w, "-1004", "Thành phố Huế", "all");
  await linkedGroup(w, "-1005", "Thành phố Hà Nội", "xa");
  await linkedGroup(w, "-1006", "Thành phố Hải Phòng", "so");
  await linkedGroup(w, "-1007", "Cà Mau", "all");
  return ["-1001", "-1002", "-1004", "gz-3"];
}

async function scheduleAt1600(w: World): Promise<number> {
  const preview = await compose(w, { text: TEXT, audience: "Nhóm của Sở", provinces: "Hà Nội, Huế, Quảng Nam", when: "16:00" });
  const shown = texts(preview);
  expect(shown).toContain("Quảng Nam → Thành phố Đà Nẵng");
  expect(shown).toContain(`${t.header}\n\n${TEXT}`);
  expect(shown).toContain("Số cuộc trò chuyện sẽ nhận: 4 (Telegram 3, Zalo 1)");
  expect(shown).toContain("16:00 ngày 18/01/2026");
  const [done] = await w.admin.choose(preview, "Gửi thông báo");
  expect(done!.text).toMatch(/Đã hẹn gửi thông báo #\d+ lúc 16:00 ngày 18\/01\/2026 .* cho 4 cuộc trò chuyện/);
  return Number(done!.text.match(/#(\d+)/)![1]);
}

describe("a scheduled announcement", () => {
  it("reaches exactly the Sở groups of the three provinces, at 16:00 and not before", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" }); // 15:00 local
    const expected = await groups(w);
    await scheduleAt1600(w);

    await w.runUntil("2026-01-18T08:59:00Z");
    expect(w.deliveries).toEqual([]);
    await w.runUntil("2026-01-18T09:10:00Z");

    expect(w.deliveries.map((d) => d.chatId).sort()).toEqual([...expected].sort());
    for (const d of w.deliveries) {
      expect(d.text).toBe(`${t.header}\n\n${TEXT}`);
      // All within the first second of 16:00 (paced 40 ms apart on Telegram).
      expect(Date.parse(d.at) - Date.parse(AT_1600)).toBeGreaterThanOrEqual(0);
      expect(Date.parse(d.at) - Date.parse(AT_1600)).toBeLessThan(1000);
    }
    const [list] = await w.admin.say("/thongbao_ds");
    expect(list!.text).toContain("đã gửi xong");
    expect(list!.text).toContain("đã gửi 4 · lỗi 0 · chờ gửi 0");
  });

  it("sends nothing when cancelled at 15:59", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" });
    await groups(w);
    const id = await scheduleAt1600(w);
    await w.runUntil("2026-01-18T08:59:00Z");

    const detail = await w.admin.say(`/thongbao_ds ${id}`);
    expect(detail[0]!.text).toContain("đã hẹn giờ");
    const confirm = await w.admin.choose(detail, "Huỷ thông báo");
    expect(confirm[0]!.text).toContain("Chưa ai nhận được");
    const [done] = await w.admin.choose(confirm, "Đồng ý huỷ");
    expect(done!.text).toBe(t.cancelledDone(id, 4));

    await w.runUntil("2026-01-18T10:00:00Z");
    expect(w.deliveries).toEqual([]);
    const [after] = await w.admin.say(`/thongbao_ds ${id}`);
    expect(after!.text).toContain("đã huỷ");
    expect(after!.text).toContain("đã gửi 0 · lỗi 0 · chờ gửi 0 · đã rút 4");
  });

  it("can be edited before it starts: the new text goes out once, at the new time", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" });
    await groups(w);
    const id = await scheduleAt1600(w);
    const detail = await w.admin.say(`/thongbao_ds ${id}`);
    const preview = await w.admin.choose(detail, "Sửa");
    let r = await w.admin.choose(preview, "Sửa một mục");
    r = await w.admin.choose(r, "Nội dung");
    r = await w.admin.say("Buổi tập huấn chuyển sang 15:00.");
    r = await w.admin.choose(r, "Sửa một mục");
    r = await w.admin.choose(r, "Thời điểm gửi");
    r = await w.admin.say("16h30");
    expect(texts(r)).toContain("16:30 ngày 18/01/2026");
    const [done] = await w.admin.choose(r, "Gửi thông báo");
    expect(done!.text).toContain(`Đã cập nhật thông báo #${id}`);

    await w.runUntil("2026-01-18T09:20:00Z");
    expect(w.deliveries).toEqual([]);
    await w.runUntil("2026-01-18T09:40:00Z");
    expect(w.deliveries).toHaveLength(4);
    expect(new Set(w.deliveries.map((d) => d.text))).toEqual(new Set([`${t.header}\n\nBuổi tập huấn chuyển sang 15:00.`]));
    expect(await queued(w)).toBe(4);
    // Once started it can no longer be edited.
    const late = await w.admin.say("", { choice: `ann:e:${id}` });
    expect(late[0]!.text).toBe(t.editTooLate(id));
  });

  it("dropping an edit leaves the scheduled announcement as it was", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" });
    const expected = await groups(w);
    const id = await scheduleAt1600(w);
    const preview = await w.admin.choose(await w.admin.say(`/thongbao_ds ${id}`), "Sửa");
    const [dropped] = await w.admin.choose(preview, "Huỷ bỏ");
    expect(dropped!.text).toBe(t.form.cancelled);
    await w.runUntil("2026-01-18T09:05:00Z");
    expect(w.deliveries.map((d) => d.chatId).sort()).toEqual([...expected].sort());
  });

  it("once sending has started, can be stopped: what is not sent yet is withdrawn", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z", batchSize: 5 });
    for (let i = 0; i < 30; i++) await linkedGroup(w, String(-2000 - i), "Thành phố Hà Nội", "all");
    const preview = await compose(w, { text: "Hạn gửi danh sách cán bộ đầu mối được gia hạn đến 23/01.", audience: "Tất cả nhóm", provinces: "all", when: "now" });
    expect(texts(preview)).toContain("Số cuộc trò chuyện sẽ nhận: 30");
    const [done] = await w.admin.choose(preview, "Gửi thông báo");
    const id = Number(done!.text.match(/#(\d+)/)![1]);
    await w.sender.drainOnce();
    expect(w.deliveries).toHaveLength(5);

    const detail = await w.admin.say(`/thongbao_ds ${id}`);
    expect(detail[0]!.text).toContain("đang gửi");
    const confirm = await w.admin.choose(detail, "Dừng gửi");
    const [stopped] = await w.admin.choose(confirm, "Đồng ý dừng");
    expect(stopped!.text).toBe(t.stoppedDone(id, 25, 5));
    await w.runUntil("2026-01-18T08:30:00Z");
    expect(w.deliveries).toHaveLength(5);
    const [after] = await w.admin.say(`/thongbao_ds ${id}`);
    expect(after!.text).toContain("đã dừng");
    expect(after!.text).toContain("đã gửi 5 · lỗi 0 · chờ gửi 0 · đã rút 25");
  });
});

describe("delivery problems", () => {
  it("records chats that blocked the bot, lists them with the reason, and leaves them out next time", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" });
    await linkedGroup(w, "-1001", "Thành phố Hà Nội", "so");
    await linkedGroup(w, "-1002", "Thành phố Hà Nội", "xa");
    w.telegram.failFor.set("-1002", new SendError("telegram sendMessage: 403 Forbidden: bot was kicked from the group chat", "permanent"));

    const first = await compose(w, { text: "Thông báo thứ nhất.", audience: "Tất cả nhóm", provinces: "Hà Nội", when: "now" });
    const [ok] = await w.admin.choose(first, "Gửi thông báo");
    const id = Number(ok!.text.match(/#(\d+)/)![1]);
    await w.runUntil("2026-01-18T08:10:00Z");
    const row = await w.h.store.outbox.findFirstOrThrow({ where: { chatId: "-1002" } });
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(1);

    const detail = await w.admin.say(`/thongbao_ds ${id}`);
    expect(detail[0]!.text).toContain("đã gửi 1 · lỗi 1 · chờ gửi 0");
    expect(detail[0]!.text).toContain("nhóm “Nhóm -1002”: đã chặn bot hoặc bot không còn trong nhóm");
    const [file] = await w.admin.choose(detail, "Xuất XLSX");
    expect(file!.file!.fileName).toMatch(/^thong-bao-\d+-20260118\.xlsx$/);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file!.file!.data as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r[2] === "-1002")).toContain("đã chặn bot hoặc bot không còn trong nhóm");

    const second = await compose(w, { text: "Thông báo thứ hai.", audience: "Tất cả nhóm", provinces: "Hà Nội", when: "now" });
    expect(texts(second)).toContain("Số cuộc trò chuyện sẽ nhận: 1");
    expect(texts(second)).toContain("Bỏ qua 1 cuộc trò chuyện đã chặn bot");
    await w.admin.choose(second, "Gửi thông báo");
    await w.runUntil("2026-01-18T08:20:00Z");
    expect(w.to("-1001")).toHaveLength(2);
    expect(await w.h.store.outbox.count({ where: { chatId: "-1002", status: "skipped" } })).toBe(1);
  });
});

describe("units still missing a registration", () => {
  it("reaches the groups of provinces with a free Sở place or a commune not registered, not the complete ones", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" });
    await linkedGroup(w, "-1001", "Thành phố Hà Nội", "so");
    await linkedGroup(w, "-1002", "Thành phố Hà Nội", "xa");
    await linkedGroup(w, "-1003", "Thành phố Huế", "so");
    // Hà Nội's Sở has both its places filled; Huế's has none. Communes are missing everywhere.
    await officer(w, "u1", "Thành phố Hà Nội", "so_vhttdl");
    await officer(w, "u2", "Thành phố Hà Nội", "so_vhttdl");
    const preview = await compose(w, { text: "Đơn vị chưa đăng ký cán bộ đầu mối, vui lòng đăng ký hôm nay.", audience: "còn thiếu", provinces: "all", when: "now" });
    expect(texts(preview)).toContain("Số cuộc trò chuyện sẽ nhận: 2");
    await w.admin.choose(preview, "Gửi thông báo");
    await w.runUntil("2026-01-18T08:01:00Z");
    expect(w.deliveries.map((d) => d.chatId).sort()).toEqual(["-1002", "-1003"]);
  });
});
