// Completeness against the official list: expected, registered and missing units per province.
import { describe, expect, it } from "vitest";
import { missingUnitsByProvince } from "../../src/flows/registration/roster.js";
import { communesOf } from "../../src/reference/communes.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { ADMIN, chatFor, LAN, newRouter, readXlsx, register, setup } from "./helpers.js";

const NGHE_AN = communesOf("Nghệ An");

describe("units still missing a registration", () => {
  it("after three communes of Nghệ An register, the other units of the list are missing, with their codes", async () => {
    const h = await setup();
    const typed = ["tan an", "Phường Thành Vinh", "xa dien chau"];
    for (const [i, unitName] of typed.entries()) {
      const chat = chatFor(newRouter(h), { userId: `u${i}` });
      await register(chat, { ...LAN, unitName, phone: `091234567${i}`, email: `cb${i}@example.vn` });
    }
    const registered = (await h.store.officer.findMany()).map((o) => o.unitCode);
    expect(registered).toHaveLength(3);

    const all = await missingUnitsByProvince(h.store);
    expect(all).toHaveLength(34);
    const na = all.find((m) => m.province === "Nghệ An")!;
    expect(na.missing).toHaveLength(NGHE_AN.length - 3);
    expect(na.missing.map((u) => u.code).sort()).toEqual(
      NGHE_AN.filter((u) => !registered.includes(u.code))
        .map((u) => u.code)
        .sort(),
    );
    // Other provinces miss every unit of theirs.
    expect(all.find((m) => m.province === "Quảng Trị")!.missing).toHaveLength(communesOf("Quảng Trị").length);
    // Asking for some provinces only.
    expect((await missingUnitsByProvince(h.store, ["Nghệ An"])).map((m) => m.province)).toEqual(["Nghệ An"]);
  });

  it("the report and the export agree with the list exactly after three communes of one province register", async () => {
    const h = await setup();
    const router = newRouter(h);
    for (const [i, unitName] of ["Tân An", "thanh vinh", "dien chau"].entries()) {
      await register(chatFor(router, { userId: `u${i}` }), { ...LAN, unitName, phone: `091234567${i}`, email: `cb${i}@example.vn` });
    }
    const registered = new Set((await h.store.officer.findMany()).map((o) => o.unitCode!));
    const missing = NGHE_AN.filter((u) => !registered.has(u.code));
    expect(missing).toHaveLength(NGHE_AN.length - 3);
    const admin = chatFor(router, { userId: ADMIN });

    const [report] = await admin.say("/dangky_baocao nghe an");
    const text = report!.text;
    expect(text).toContain(`• Xã, phường, đặc khu: cần ${NGHE_AN.length}, đã đăng ký 3, còn thiếu ${NGHE_AN.length - 3}.`);
    expect(text).toContain(`Đơn vị chưa đăng ký (${missing.length}), mã — tên:`);
    const listed = [...text.matchAll(/^(\d{5}) — (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(missing.map((u) => [u.code, u.name]));
    expect((await admin.say("/dangky_baocao Hà Tây"))[0]!.text).toMatch(/chưa nhận ra tỉnh, thành phố “Hà Tây”/);

    const [xlsx, , csv] = await admin.say("/dangky_xuat");
    const sheet = await readXlsx(xlsx!, 1);
    expect(sheet[0]).toEqual(["STT", "Tỉnh/Thành phố", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
    const total = PROVINCES.reduce((n, p) => n + communesOf(p).length, 0);
    expect(sheet).toHaveLength(1 + total - 3);
    const ngheAnRows = sheet.filter((r) => r[1] === "Nghệ An");
    expect(ngheAnRows.map((r) => [r[2], r[3], r[4]])).toEqual(missing.map((u) => [u.code, u.name, u.kind]));
    expect(sheet.slice(1).every((r) => /^\d{5}$/.test(r[2]!) && !registered.has(r[2]!))).toBe(true);
    expect(csv!.file!.fileName).toMatch(/^don-vi-chua-dang-ky-\d{8}\.csv$/);
    expect(csv!.file!.data.toString("utf8").trim().split("\r\n")).toHaveLength(1 + total - 3);
  });
});
