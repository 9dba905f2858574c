import { describe, expect, it } from "vitest";
import { SendError } from "../../src/bot/types.js";
import { message } from "../helpers/harness.js";
import { ADMIN, createWorld, editedCsv, fixtureCsv, importAsAdmin, linkGroup, registerOfficer, type Delivery, type World } from "./helpers.js";

/** "D-1 08:30" / "60m 14:00" / "cancel 08:30" / "change 09:00": what a message is, from its text. */
function label(d: Delivery): string {
  const start = d.text.match(/(\d{2}:\d{2})–/)?.[1] ?? "?";
  if (d.text.includes("huỷ buổi")) return `cancel ${start}`;
  if (d.text.includes("có thay đổi")) return `change ${start}`;
  return `${d.text.includes("Sắp đến giờ") ? "60m" : "D-1"} ${start}`;
}
/** What a chat received and when, to the second (sends to different chats are paced 40 ms apart). */
const seen = (w: World, chatId: string) =>
  w.to(chatId).map((d) => [label(d), new Date(Math.floor(Date.parse(d.at) / 1000) * 1000).toISOString()]);

const D1_01_DAY_BEFORE = "2026-01-18T09:00:00.000Z"; // 16:00 on 18/01 in Hà Nội
const D1_01_HOUR_BEFORE = "2026-01-19T00:30:00.000Z"; // 07:30 on 19/01
const D1_02_HOUR_BEFORE = "2026-01-19T06:00:00.000Z"; // 13:00 on 19/01

async function windows(w: World, ...ranges: [string, string][]): Promise<void> {
  for (const [from, to] of ranges) {
    w.h.clock.set(from);
    await w.runUntil(to);
  }
}

async function standardRecipients(w: World): Promise<void> {
  await linkGroup(w, "-1001", "Hà Nội so");
  await linkGroup(w, "-1002", "Huế xa");
  await linkGroup(w, "gz-1", "Hải Phòng", "zalo");
  await linkGroup(w, "-1009", "Cà Mau so");
  await registerOfficer(w, { userId: "u-so", province: "Thành phố Hà Nội", unitKind: "so_vhttdl", privateChatId: "501" });
  // Registered under a former name, on Zalo.
  await registerOfficer(w, { channel: "zalo", userId: "u-xa", province: "Quảng Nam", unitKind: "phuong", privateChatId: "zp-502" });
  await registerOfficer(w, { userId: "u-nochat", province: "Thành phố Huế", unitKind: "xa" });
  await registerOfficer(w, { userId: "u-removed", province: "Thành phố Hà Nội", unitKind: "so_vhttdl", privateChatId: "503", status: "removed" });
}

describe("reminders are delivered once each, at the right local time", () => {
  it("reaches every linked group and registered officer of the session's provinces and audience", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await standardRecipients(w);
    await windows(
      w,
      ["2026-01-18T08:45:00Z", "2026-01-18T09:05:00Z"],
      ["2026-01-19T00:25:00Z", "2026-01-19T00:35:00Z"],
      ["2026-01-19T05:55:00Z", "2026-01-19T06:05:00Z"],
      // After both sessions started: nothing more, nothing repeated.
      ["2026-01-19T07:00:00Z", "2026-01-19T07:05:00Z"],
      ["2026-01-20T12:00:00Z", "2026-01-20T12:02:00Z"],
    );

    expect(seen(w, "-1001")).toEqual([
      ["D-1 08:30", D1_01_DAY_BEFORE],
      ["60m 08:30", D1_01_HOUR_BEFORE],
    ]);
    expect(seen(w, "-1002")).toEqual([
      ["D-1 14:00", "2026-01-18T09:00:00.000Z"],
      ["60m 14:00", D1_02_HOUR_BEFORE],
    ]);
    expect(seen(w, "501")).toEqual([
      ["D-1 08:30", D1_01_DAY_BEFORE],
      ["60m 08:30", D1_01_HOUR_BEFORE],
    ]);
    expect(seen(w, "zp-502").map(([l]) => l)).toEqual(["D-1 14:00", "60m 14:00"]);
    // A Zalo group linked for everyone gets both sessions; one chat is paced at one message a second.
    expect(seen(w, "gz-1")).toEqual([
      ["D-1 08:30", "2026-01-18T09:00:00.000Z"],
      ["D-1 14:00", "2026-01-18T09:00:01.000Z"],
      ["60m 08:30", D1_01_HOUR_BEFORE],
      ["60m 14:00", D1_02_HOUR_BEFORE],
    ]);
    expect(w.to("-1009")).toEqual([]);
    expect(w.to("503")).toEqual([]);
    expect(w.deliveries).toHaveLength(12);

    const first = w.to("-1001")[0]!.text;
    expect(first).toContain("Thứ Hai, 19/01/2026, 08:30–11:30");
    expect(first).toContain("Trực tuyến: https://meet.example.org/tap-huan-d1-01");
    const row = await w.h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "reminder:D1-01@20260119T0830:D-1@1600:telegram:-1001" } });
    expect(row).toMatchObject({ status: "sent", kind: "reminder", refId: "D1-01", attempts: 1 });
    expect(row.notBefore.toISOString()).toBe(D1_01_DAY_BEFORE);
    expect(row.expiresAt!.toISOString()).toBe("2026-01-19T01:30:00.000Z");
  });

  it("includes groups and officers linked after the first planning, late when their reminder time has passed", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:40:00Z", "2026-01-18T08:50:00Z"]);
    expect(await w.h.store.outbox.count({ where: { status: "pending" } })).toBe(1);
    await linkGroup(w, "-1003", "Hải Phòng so"); // before the reminder time
    await w.runUntil("2026-01-18T09:05:00Z");
    w.h.clock.set("2026-01-18T12:00:00Z");
    await linkGroup(w, "-1004", "Đà Nẵng so"); // after it, the session still ahead
    await w.runUntil("2026-01-18T12:05:00Z");
    await windows(w, ["2026-01-19T00:20:00Z", "2026-01-19T00:44:00Z"]);
    w.h.clock.set("2026-01-19T00:45:00Z");
    await registerOfficer(w, { userId: "late", province: "Thành phố Hà Nội", unitKind: "so_vhttdl", privateChatId: "601" });
    await w.runUntil("2026-01-19T01:00:00Z");

    expect(seen(w, "-1003")[0]).toEqual(["D-1 08:30", D1_01_DAY_BEFORE]);
    expect(seen(w, "-1004")[0]).toEqual(["D-1 08:30", "2026-01-18T12:00:00.000Z"]);
    // Registered after the hour-before time: that reminder, late, and not the stale day-before one too.
    expect(seen(w, "601")).toEqual([["60m 08:30", "2026-01-19T00:45:00.000Z"]]);
    expect(seen(w, "-1001")).toEqual([
      ["D-1 08:30", D1_01_DAY_BEFORE],
      ["60m 08:30", D1_01_HOUR_BEFORE],
    ]);
  });
});

describe("when the bot was down", () => {
  it("sends a missed reminder late if the session has not started, once", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:50:00Z", "2026-01-18T08:50:00Z"]); // planned, then down
    w.h.clock.set("2026-01-18T13:00:00Z");
    await w.restartSender();
    await w.runUntil("2026-01-18T13:10:00Z");
    expect(seen(w, "-1001")).toEqual([["D-1 08:30", "2026-01-18T13:00:00.000Z"]]);
  });

  it("records it as skipped once the session has started", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:55:00Z", "2026-01-18T09:00:00Z"], ["2026-01-19T00:20:00Z", "2026-01-19T00:20:00Z"]);
    w.h.clock.set("2026-01-19T01:40:00Z"); // back after the 08:30 start
    await w.restartSender();
    await w.runUntil("2026-01-19T01:45:00Z");
    expect(seen(w, "-1001")).toEqual([["D-1 08:30", D1_01_DAY_BEFORE]]);
    const row = await w.h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "reminder:D1-01@20260119T0830:60m:telegram:-1001" } });
    expect(row.status).toBe("skipped");
    expect(row.lastError).toMatch(/expired/);
  });

  it("sends only the latest reminder when two fell due during the outage", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:50:00Z", "2026-01-18T08:50:00Z"]); // day-before planned, then down
    w.h.clock.set("2026-01-19T00:40:00Z");
    await w.restartSender();
    await w.runUntil("2026-01-19T01:00:00Z");
    expect(seen(w, "-1001")).toEqual([["60m 08:30", "2026-01-19T00:40:00.000Z"]]);
    const dayBefore = await w.h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "reminder:D1-01@20260119T0830:D-1@1600:telegram:-1001" } });
    expect(dayBefore).toMatchObject({ status: "skipped", lastError: "superseded by a later reminder" });
  });
});

describe("schedule changes", () => {
  const moveD101 = (date: string, start: string, end: string) =>
    editedCsv((lines) => lines.map((l) => (l.startsWith("D1-01,") ? l.replace("2026-01-19,08:30,11:30", `${date},${start},${end}`) : l)));

  it("moves pending reminders with a re-import that moves the session, and tells the group", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:40:00Z", "2026-01-18T08:52:00Z"]);
    expect(await w.h.store.outbox.count({ where: { status: "pending", refId: "D1-01" } })).toBe(1);

    const reply = await importAsAdmin(w, moveD101("2026-01-20", "09:00", "12:00"));
    expect(reply).toMatch(/1 thay đổi/);
    expect(reply).toMatch(/Đã xếp 1 thông báo/);
    await w.runUntil("2026-01-18T09:05:00Z");
    await windows(
      w,
      ["2026-01-19T00:25:00Z", "2026-01-19T00:35:00Z"], // old hour-before time
      ["2026-01-19T08:55:00Z", "2026-01-19T09:05:00Z"], // new day-before: 16:00 on 19/01
      ["2026-01-20T00:55:00Z", "2026-01-20T01:05:00Z"], // new hour-before: 08:00 on 20/01
      ["2026-01-20T02:00:00Z", "2026-01-20T02:05:00Z"],
    );
    expect(seen(w, "-1001")).toEqual([
      ["change 09:00", "2026-01-18T08:52:00.000Z"],
      ["D-1 09:00", "2026-01-19T09:00:00.000Z"],
      ["60m 09:00", "2026-01-20T01:00:00.000Z"],
    ]);
    expect(w.to("-1001")[0]!.text).toContain("Thứ Ba, 20/01/2026, 09:00–12:00");
    const old = await w.h.store.outbox.findUniqueOrThrow({ where: { dedupeKey: "reminder:D1-01@20260119T0830:D-1@1600:telegram:-1001" } });
    expect(old.status).toBe("cancelled");
  });

  it("plans the original reminders again when a session moves back", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:40:00Z", "2026-01-18T08:50:00Z"]);
    await importAsAdmin(w, moveD101("2026-01-20", "09:00", "12:00"));
    await w.runUntil("2026-01-18T08:53:00Z");
    await importAsAdmin(w, fixtureCsv());
    await w.runUntil("2026-01-18T09:05:00Z");
    expect(seen(w, "-1001")).toEqual([
      ["change 09:00", "2026-01-18T08:50:00.000Z"],
      ["change 08:30", "2026-01-18T08:53:00.000Z"],
      ["D-1 08:30", D1_01_DAY_BEFORE],
    ]);
  });

  it("sends a cancellation and no reminders for a session removed from the schedule", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await linkGroup(w, "-1002", "Huế xa");
    await registerOfficer(w, { userId: "u-so", province: "Thành phố Hà Nội", unitKind: "so_vhttdl", privateChatId: "501" });
    await windows(w, ["2026-01-18T08:40:00Z", "2026-01-18T08:52:00Z"]);

    const reply = await importAsAdmin(w, editedCsv((lines) => lines.filter((l) => !l.startsWith("D1-01,"))));
    expect(reply).toMatch(/1 huỷ/);
    await w.runUntil("2026-01-18T09:05:00Z");
    await windows(w, ["2026-01-19T00:25:00Z", "2026-01-19T00:35:00Z"], ["2026-01-19T05:55:00Z", "2026-01-19T06:05:00Z"]);

    expect(seen(w, "-1001")).toEqual([["cancel 08:30", "2026-01-18T08:52:00.000Z"]]);
    expect(seen(w, "501")).toEqual([["cancel 08:30", "2026-01-18T08:52:00.000Z"]]);
    expect(w.to("-1001")[0]!.text).toMatch(/đã được huỷ/);
    // Another session of the same group of provinces is untouched.
    expect(seen(w, "-1002").map(([l]) => l)).toEqual(["D-1 14:00", "60m 14:00"]);
    expect(await w.h.store.outbox.count({ where: { refId: "D1-01", kind: "reminder", status: { in: ["pending", "sent"] } } })).toBe(0);
    expect((await w.h.store.trainingSession.findUniqueOrThrow({ where: { sessionId: "D1-01" } })).status).toBe("cancelled");
  });

  it("tells the groups when a cancelled session is put back, and reminds them again", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    w.h.clock.set("2026-01-18T08:00:00Z");
    await importAsAdmin(w, editedCsv((lines) => lines.filter((l) => !l.startsWith("D1-01,"))));
    await w.runUntil("2026-01-18T09:05:00Z");
    w.h.clock.set("2026-01-19T00:10:00Z");
    expect(await importAsAdmin(w, fixtureCsv())).toMatch(/1 khôi phục/);
    await w.runUntil("2026-01-19T00:35:00Z");
    expect(seen(w, "-1001")).toEqual([
      ["cancel 08:30", "2026-01-18T08:00:00.000Z"],
      // The day-before reminder fell due while it was cancelled: the notice stands in for it.
      ["change 08:30", "2026-01-19T00:10:00.000Z"],
      ["60m 08:30", D1_01_HOUR_BEFORE],
    ]);
  });

  it("stops a group's pending reminders on /huylienket and plans them again on a new link", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await windows(w, ["2026-01-18T08:45:00Z", "2026-01-18T08:50:00Z"]);
    const out = await w.router.handle(message("/huylienket", { chatId: "-1001", chatKind: "group", userId: ADMIN.id }));
    expect(out[0]!.reply.text).toMatch(/Đã bỏ liên kết nhóm với Thành phố Hà Nội/);
    await w.runUntil("2026-01-18T09:05:00Z");
    expect(w.to("-1001")).toEqual([]);

    w.h.clock.set("2026-01-18T10:00:00Z");
    await linkGroup(w, "-1001", "Hà Nội so");
    await w.runUntil("2026-01-18T10:05:00Z");
    expect(seen(w, "-1001")).toEqual([["D-1 08:30", "2026-01-18T10:00:00.000Z"]]);
  });
});

describe("admin report", () => {
  it("counts sent, pending, failed and skipped reminders per session with the failure reasons", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    await linkGroup(w, "-1001", "Hà Nội so");
    await linkGroup(w, "-1002", "Huế so", "telegram", "Sở VHTTDL Huế");
    w.telegram.failFor.set("-1002", new SendError("telegram sendMessage: 403 Forbidden: bot was kicked from the group chat", "permanent"));
    await windows(w, ["2026-01-18T08:50:00Z", "2026-01-18T09:05:00Z"], ["2026-01-19T00:20:00Z", "2026-01-19T00:20:00Z"]);

    const [overview] = await w.admin.say("/nhacnho_baocao");
    expect(overview!.text).toMatch(/D1-01 — Thứ Hai, 19\/01\/2026, 08:30–11:30\n\s+đã gửi 1 · chờ gửi 2 · lỗi 1 · bỏ qua 0 · chưa rõ 0/);

    w.h.clock.set("2026-01-19T02:00:00Z"); // the hour-before reminders were never sent: skipped
    await w.restartSender();
    await w.sender.drain();
    const [detail] = await w.admin.say("/nhacnho_baocao d1-01");
    expect(detail!.text).toContain("Nhắc lịch: đã gửi 1 · chờ gửi 0 · lỗi 1 · bỏ qua 2 · chưa rõ 0");
    expect(detail!.text).toContain("[lỗi] telegram · nhóm “Sở VHTTDL Huế”: permanent: telegram sendMessage: 403 Forbidden: bot was kicked");
    expect(detail!.text).toMatch(/\[bỏ qua\] telegram · nhóm “Nhóm -1001”: expired/);
  });

  it("is for admins only, and goes to the admin's private chat when asked in a group", async () => {
    const w = await createWorld({}, "2026-01-15T02:00:00Z");
    await importAsAdmin(w, fixtureCsv());
    const [denied] = await w.admin.say("/nhacnho_baocao", { userId: "42" });
    expect(denied!.text).toMatch(/chỉ dành cho quản trị viên/);
    await w.admin.say("/start"); // the admin has a private chat with the bot
    const out = await w.router.handle(message("/nhacnho_baocao", { chatId: "-1001", chatKind: "group", userId: ADMIN.id }));
    expect(out.map((o) => o.chatId)).toEqual([ADMIN.id, "-1001"]);
    expect(out[0]!.reply.text).toMatch(/Báo cáo nhắc lịch tập huấn/);
  });
});
