import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportRosterFile } from "../../scripts/roster-export.js";
import { openMigratedStore } from "../../src/store/db.js";

describe("npm run roster:export", () => {
  it("writes the roster of a database file to XLSX and CSV", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-"));
    const url = `file:${path.join(dir, "bot.db")}`;
    const store = await openMigratedStore(url);
    await store.officer.create({
      data: {
        channel: "telegram", externalUserId: "1", province: "Nghệ An", unitKind: "xa", unitName: "Xã Tân An",
        fullName: "Nguyễn Thị Lan", position: "Chuyên viên", phone: "0912345678", email: "lan@example.vn",
        role: "quan_tri", consentAt: new Date("2026-01-10T02:00:00Z"), createdAt: new Date("2026-01-10T02:00:00Z"),
      },
    });
    await store.$disconnect();

    const out = path.join(dir, "out", "roster.xlsx");
    expect(await exportRosterFile({ url, out, tz: "Asia/Ho_Chi_Minh" })).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(1).getCell(1).value).toBe("STT");
    expect(ws.getRow(2).getCell(4).value).toBe("Nguyễn Thị Lan");
    expect(ws.getRow(2).getCell(6).value).toBe("0912345678");

    const csv = path.join(dir, "roster.csv");
    await exportRosterFile({ url, out: csv, tz: "Asia/Ho_Chi_Minh" });
    expect(fs.readFileSync(csv, "utf8")).toMatch(/^\ufeffSTT,Tỉnh\/Thành phố,/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
