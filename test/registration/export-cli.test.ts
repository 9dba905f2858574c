import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportRosterFile } from "../../scripts/roster-export.js";
import { communesOf } from "../../src/reference/communes.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { openMigratedStore } from "../../src/store/db.js";
import { freshDatabaseUrl } from "../helpers/test-db.js";

const tanAn = communesOf("Nghệ An").find((u) => u.name === "Xã Tân An")!.code;

describe("npm run roster:export", () => {
  it("writes the roster and the units still missing, with codes, to XLSX and CSV", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roster-"));
    const url = await freshDatabaseUrl(dir);
    const store = await openMigratedStore(url);
    await store.officer.create({
      data: {
        channel: "telegram", externalUserId: "1", province: "Nghệ An", unitKind: "xa", unitName: "Xã Tân An", unitCode: tanAn,
        fullName: "Nguyễn Thị Lan", position: "Chuyên viên", phone: "0912345678", email: "lan@example.vn",
        role: "quan_tri", consentAt: new Date("2026-01-10T02:00:00Z"), createdAt: new Date("2026-01-10T02:00:00Z"),
      },
    });
    await store.$disconnect();

    const out = path.join(dir, "out", "roster.xlsx");
    const total = PROVINCES.reduce((n, p) => n + communesOf(p).length, 0);
    expect(await exportRosterFile({ url, out, tz: "Asia/Ho_Chi_Minh" })).toEqual({ registrations: 1, missing: total - 1, files: [out] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(1).getCell(1).value).toBe("STT");
    expect(ws.getRow(2).getCell(4).value).toBe("Nguyễn Thị Lan");
    expect(ws.getRow(2).getCell(6).value).toBe("0912345678");
    expect(ws.getRow(2).getCell(11).value).toBe(tanAn);
    const missing = wb.getWorksheet("Chưa đăng ký")!;
    expect(missing.rowCount).toBe(1 + total - 1);
    const codes = new Set<string>();
    missing.eachRow((row, i) => i > 1 && codes.add(String(row.getCell(3).value)));
    expect(codes.size).toBe(total - 1);
    expect(codes.has(tanAn)).toBe(false);

    const csv = path.join(dir, "roster.csv");
    const r = await exportRosterFile({ url, out: csv, tz: "Asia/Ho_Chi_Minh" });
    expect(fs.readFileSync(csv, "utf8")).toMatch(/^\ufeffSTT,Tỉnh\/Thành phố,/);
    expect(r.files[1]).toBe(path.join(dir, "roster-chua-dang-ky.csv"));
    const lines = fs.readFileSync(r.files[1]!, "utf8").replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("STT,Tỉnh/Thành phố,Mã đơn vị,Tên đơn vị,Loại đơn vị");
    expect(lines).toHaveLength(total);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
