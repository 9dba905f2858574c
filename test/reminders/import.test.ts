import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readScheduleFile, validateSchedule } from "../../src/flows/reminders/schedule-import.js";
import { ADMIN, createWorld, editedCsv, fixtureCsv, importAsAdmin, sendFile, type World } from "./helpers.js";

async function sessions(w: World) {
  return w.h.store.trainingSession.findMany({ orderBy: { sessionId: "asc" } });
}

/** The fixture as an XLSX file the way Excel stores it: real dates, times as day fractions, links. */
async function fixtureXlsx(): Promise<Buffer> {
  const [header, ...lines] = fixtureCsv().toString("utf8").trimEnd().split("\n");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lịch");
  ws.addRow(header!.split(","));
  for (const line of lines) {
    const [id, date, start, end, provinces, audience, mode, location, topic, contact] = line.split(",");
    const [y, m, d] = date!.split("-").map(Number);
    const frac = (hhmm: string) => {
      const [h, mi] = hhmm.split(":").map(Number);
      return (h! * 60 + mi!) / 1440;
    };
    ws.addRow([id, new Date(Date.UTC(y!, m! - 1, d!)), frac(start!), frac(end!), provinces, audience, mode, { text: "Vào phòng họp", hyperlink: location! }, topic, contact]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("schedule import", () => {
  it("imports the fixture CSV with times converted from Hà Nội time to UTC", async () => {
    const w = await createWorld();
    const reply = await importAsAdmin(w, fixtureCsv());
    expect(reply).toMatch(/Đã nhập lịch tập huấn: 36 buổi \(36 mới/);
    const all = await sessions(w);
    expect(all).toHaveLength(36);
    const d101 = all.find((s) => s.sessionId === "D1-01")!;
    expect(d101.startsAt.toISOString()).toBe("2026-01-19T01:30:00.000Z");
    expect(d101.endsAt.toISOString()).toBe("2026-01-19T04:30:00.000Z");
    expect(d101.provinces).toBe("Thành phố Hà Nội;Thành phố Huế;Thành phố Hải Phòng;Thành phố Đà Nẵng");
    expect(d101).toMatchObject({ audience: "so", mode: "online", status: "active", location: "https://meet.example.org/tap-huan-d1-01" });
    const audit = await w.h.store.auditLog.findFirstOrThrow({ where: { action: "schedule.import" } });
    expect(audit.actor).toBe(`telegram:${ADMIN.id}`);
  });

  it("imports the same schedule from an XLSX file (dates, time fractions and link cells)", async () => {
    const csv = await createWorld();
    await importAsAdmin(csv, fixtureCsv());
    const xlsx = await createWorld();
    const reply = await importAsAdmin(xlsx, await fixtureXlsx(), "lich.xlsx");
    expect(reply).toMatch(/36 buổi \(36 mới/);
    const strip = (list: Awaited<ReturnType<typeof sessions>>) =>
      list.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(strip(await sessions(xlsx))).toEqual(strip(await sessions(csv)));
  });

  it("accepts former province names and stores the current unit", async () => {
    const w = await createWorld();
    await importAsAdmin(w, editedCsv((lines) => [lines[0]!.replace("Thành phố Hà Nội;Thành phố Huế;Thành phố Hải Phòng;Thành phố Đà Nẵng", "Quảng Nam;hai duong;Huế")]));
    const s = await w.h.store.trainingSession.findUniqueOrThrow({ where: { sessionId: "D1-01" } });
    expect(s.provinces).toBe("Thành phố Đà Nẵng;Thành phố Hải Phòng;Thành phố Huế");
  });

  it("reads a semicolon-separated CSV saved by Excel with a BOM, and DD/MM/YYYY dates", async () => {
    const text =
      "\ufeffsession_id;date;start;end;provinces;audience;mode;location;topic;contact\n" +
      'X-1;19/01/2026;8h30;11:30;"Huế;Cần Thơ";xa;offline;Hội trường UBND tỉnh;Tập huấn;\n';
    const read = await readScheduleFile(Buffer.from(text, "utf8"), "lich.csv");
    expect(read.ok).toBe(true);
    const v = validateSchedule(read.ok ? read.rows : []);
    expect(v.ok && v.rows[0]).toMatchObject({
      sessionId: "X-1",
      date: { y: 2026, m: 1, d: 19 },
      start: { h: 8, mi: 30 },
      provinces: ["Thành phố Huế", "Thành phố Cần Thơ"],
      mode: "offline",
      contact: null,
    });
  });

  it("lists every bad row with its problems, in Vietnamese, and changes nothing", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    const before = await sessions(w);
    const bad = editedCsv((lines) => [
      lines[0]!.replace("11:30", "08:00"), // row 2: ends before it starts
      lines[1]!.replace("2026-01-19", "2026-02-30"), // row 3: no such date
      lines[2]!.replace("Lai Châu", "Lai Chou Xyz").replace(",so,", ",cap so,"), // row 4: two problems
      ...lines.slice(3, 10),
      lines[10]!.replace("https://meet.example.org/tap-huan-d1-11", "phòng họp trực tuyến"), // row 12
      lines[11]!.replace("D1-12", "D1-11"), // row 13: duplicate id
      ...lines.slice(12).map((l) => l.replace("Thành phố Hà Nội", "Ha Noj")), // a typo it can still read
    ]);
    const [reply] = await sendFile(w, "lich-sai.csv", bad);
    const text = reply!.text;
    expect(text).toMatch(/Chưa nhập lịch vì tệp có 5 dòng lỗi. Dữ liệu hiện có được giữ nguyên./);
    expect(text).toContain("Dòng 2 (D1-01): giờ kết thúc phải sau giờ bắt đầu");
    expect(text).toContain("Dòng 3 (D1-02): ngày “2026-02-30” không hợp lệ");
    expect(text).toMatch(/Dòng 4 \(D1-03\): không nhận ra tỉnh “Lai Chou Xyz” \(gợi ý: “Lai Châu”\); đối tượng “cap so” không hợp lệ/);
    expect(text).toContain("Dòng 12 (D1-11): buổi trực tuyến cần đường dẫn");
    expect(text).toContain("Dòng 13 (D1-11): mã buổi bị trùng với dòng 12");
    expect(text).not.toMatch(/Dòng (5|6|14)\b/);
    expect(await sessions(w)).toEqual(before);
    expect(await w.h.store.outbox.count()).toBe(0);
  });

  it("reports missing columns, a non-UTF-8 CSV and a file that is not what its name says", async () => {
    const w = await createWorld();
    const [missing] = await sendFile(w, "a.csv", Buffer.from("session_id,date,start\nA,2026-01-19,08:30\n"));
    expect(missing!.text).toMatch(/Tệp thiếu cột: end, provinces, audience, mode, location, topic/);
    const [latin] = await sendFile(w, "b.csv", Buffer.from([0x73, 0x65, 0x73, 0x73, 0x69, 0x6f, 0x6e, 0xe0, 0xff, 0x0a]));
    expect(latin!.text).toMatch(/UTF-8/);
    const [zipAsCsv] = await sendFile(w, "c.csv", await fixtureXlsx());
    expect(zipAsCsv!.text).toMatch(/không đúng định dạng/);
    const [csvAsXlsx] = await sendFile(w, "d.xlsx", fixtureCsv());
    expect(csvAsXlsx!.text).toMatch(/không đúng định dạng/);
    expect(await w.h.store.trainingSession.count()).toBe(0);
  });

  it("checks the size before downloading", async () => {
    const w = await createWorld();
    let downloaded = false;
    const [reply] = await sendFile(w, "big.csv", fixtureCsv(), { size: 50 * 1024 * 1024, onDownload: () => (downloaded = true) });
    expect(reply!.text).toMatch(/Tệp quá lớn/);
    expect(downloaded).toBe(false);
  });

  it("lets only admins import, and only in a private chat", async () => {
    const w = await createWorld();
    const [notAdmin] = await sendFile(w, "lich.csv", fixtureCsv(), { userId: "42" });
    expect(notAdmin!.text).toMatch(/chỉ dành cho quản trị viên/);
    const [inGroup] = await sendFile(w, "lich.csv", fixtureCsv(), { chatId: "-100", chatKind: "group", mentioned: true });
    expect(inGroup!.text).toMatch(/tin nhắn riêng/);
    expect(await w.h.store.trainingSession.count()).toBe(0);
  });

  it("asks before an import that would cancel upcoming sessions, and keeps everything on 'no'", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    const partial = editedCsv((lines) => lines.filter((l) => !l.startsWith("D2-")));
    const [ask] = await sendFile(w, "lich.csv", partial);
    expect(ask!.text).toMatch(/18 buổi sắp tới không còn trong tệp và sẽ bị HUỶ/);
    expect(ask!.choices!.map((c) => c.label)).toEqual(["Xác nhận nhập", "Không nhập"]);
    const [no] = await w.admin.say("", { choice: "sched:import:no" });
    expect(no!.text).toMatch(/giữ nguyên/);
    expect(await w.h.store.trainingSession.count({ where: { status: "cancelled" } })).toBe(0);

    await sendFile(w, "lich.csv", partial);
    w.h.clock.advance(2 * 3_600_000);
    const [late] = await w.admin.say("xác nhận");
    expect(late!.text).toMatch(/quá 1 giờ/);
    expect(await w.h.store.trainingSession.count({ where: { status: "cancelled" } })).toBe(0);

    await sendFile(w, "lich.csv", partial);
    const [yes] = await w.admin.say("xác nhận");
    expect(yes!.text).toMatch(/18 huỷ/);
    expect(await w.h.store.trainingSession.count({ where: { status: "cancelled" } })).toBe(18);
  });

  it("leaves past sessions alone when they are missing from a later file", async () => {
    const w = await createWorld();
    await importAsAdmin(w, fixtureCsv());
    w.h.clock.set("2026-02-15T00:00:00Z");
    const reply = await importAsAdmin(w, editedCsv((lines) => lines.filter((l) => !l.startsWith("D1-"))));
    expect(reply).toMatch(/0 mới, 0 thay đổi, 18 giữ nguyên\)/);
    expect(await w.h.store.trainingSession.count({ where: { status: "active" } })).toBe(36);
  });
});
