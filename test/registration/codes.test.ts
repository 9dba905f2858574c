// Registrations from before the list: certain matches get their code, the rest go to an admin.
import { describe, expect, it } from "vitest";
import { assignCommuneCodes, pendingCodes } from "../../src/flows/registration/codes.js";
import { communesOf } from "../../src/reference/communes.js";
import { ADMIN, chatFor, last, lastText, newRouter, seedOfficer, setup } from "./helpers.js";

const codeOf = (province: string, name: string) => communesOf(province).find((u) => u.name === name)!.code;

/** Free text as the old form stored it (its own capitalisation of what was typed). */
const SEEDED = [
  { province: "Nghệ An", unitKind: "xa", unitName: "Xã Tan An", expect: "Xã Tân An" },
  { province: "Nghệ An", unitKind: "phuong", unitName: "Phường Thành Vinh", expect: "Phường Thành Vinh" },
  { province: "Quảng Trị", unitKind: "xa", unitName: "Xã Bố Trạch", expect: "Xã Bố Trạch" },
  { province: "Quảng Trị", unitKind: "dac_khu", unitName: "Đặc khu Con Co", expect: "Đặc khu Cồn Cỏ" },
  // Not certain: the same unit again, another kind, a typo, namesakes, an old name, another province.
  { province: "Quảng Trị", unitKind: "xa", unitName: "Xã Bo Trach", expect: null, reason: "taken", offers: ["Xã Bố Trạch"] },
  { province: "Nghệ An", unitKind: "phuong", unitName: "Phường Diễn Châu", expect: null, reason: "likely", offers: ["Xã Diễn Châu"] },
  { province: "Quảng Trị", unitKind: "xa", unitName: "Xã Phong Nhaa", expect: null, reason: "likely", offers: ["Xã Phong Nha"] },
  { province: "Quảng Ngãi", unitKind: "xa", unitName: "Xã Son Ha", expect: null, reason: "several", offers: ["Xã Sơn Hà", "Xã Sơn Hạ"] },
  { province: "Nghệ An", unitKind: "xa", unitName: "Xã Hưng Lộc", expect: null, reason: "several", offers: ["Xã Trung Lộc", "Xã Đông Lộc"] },
  { province: "Nghệ An", unitKind: "xa", unitName: "Xã Cồn Cỏ Mới", expect: null, reason: "unknown", offers: [] },
];

async function seedAll(h: Awaited<ReturnType<typeof setup>>) {
  const ids: number[] = [];
  for (const [i, s] of SEEDED.entries()) {
    ids.push((await seedOfficer(h, { province: s.province, unitKind: s.unitKind, unitName: s.unitName, phone: `09000000${10 + i}` })).id);
  }
  return ids;
}

describe("moving free-text communes to codes", () => {
  it("maps only certain matches, never a wrong one, and lists the rest with what to offer", async () => {
    const h = await setup();
    const ids = await seedAll(h);
    expect(await assignCommuneCodes(h.store)).toEqual({ mapped: 4, pending: 6 });
    for (const [i, s] of SEEDED.entries()) {
      const o = await h.store.officer.findUniqueOrThrow({ where: { id: ids[i]! } });
      if (s.expect) expect(o, s.unitName).toMatchObject({ unitCode: codeOf(s.province, s.expect), unitName: s.expect });
      else expect(o, s.unitName).toMatchObject({ unitCode: null, unitName: s.unitName });
    }
    const pending = await pendingCodes(h.store);
    expect(pending.map((p) => [p.officer.unitName, p.reason, p.suggestions.map((u) => u.name).sort()])).toEqual(
      SEEDED.filter((s) => !s.expect).map((s) => [s.unitName, s.reason, [...s.offers!].sort()]),
    );
    // Run again (every start-up): nothing changes.
    expect(await assignCommuneCodes(h.store)).toEqual({ mapped: 0, pending: 6 });
  });

  it("/dangky_chuanhoa lists them for an admin, who fixes each in a tap or by typing the name", async () => {
    const h = await setup();
    const ids = await seedAll(h);
    await assignCommuneCodes(h.store);
    const admin = chatFor(newRouter(h), { userId: ADMIN });
    let r = await admin.say("/dangky_chuanhoa");
    expect(r[0]!.text).toMatch(/^6 đăng ký xã, phường, đặc khu chưa khớp danh sách/);
    expect(r[0]!.text).toMatch(/dưới đây 5 đăng ký đầu/);
    expect(lastText(r)).toContain(`#${ids[5]} Nghệ An: “Phường Diễn Châu” — gần giống đơn vị dưới đây, cần xác nhận.`);
    // No personal data in the list.
    expect(lastText(r)).not.toMatch(/Cán Bộ Số|09000000/);

    // One tap: the suggested unit.
    const item = r.find((x) => x.text.includes("Phường Diễn Châu"))!;
    r = await admin.choose([item], "là Xã Diễn Châu");
    expect(lastText(r)).toMatch(new RegExp(`Đã ghi đăng ký #${ids[5]} là Xã Diễn Châu \\(mã ${codeOf("Nghệ An", "Xã Diễn Châu")}\\)\\. Còn 5 đăng ký`));
    expect(await h.store.officer.findUniqueOrThrow({ where: { id: ids[5]! } })).toMatchObject({ unitKind: "xa", unitName: "Xã Diễn Châu" });

    // A duplicate of a unit already held is refused, naming the holder.
    const dup = (await admin.say("/dangky_chuanhoa")).find((x) => x.text.includes("Xã Bo Trach"))!;
    r = await admin.choose([dup], "là Xã Bố Trạch");
    expect(lastText(r)).toMatch(new RegExp(`Xã Bố Trạch đã có đăng ký #${ids[2]}`));

    // Typed: the admin knows the right name of an old commune.
    r = await admin.say(`/dangky_chuanhoa ${ids[8]} kim lien`);
    expect(lastText(r)).toMatch(new RegExp(`Đã ghi đăng ký #${ids[8]} là Xã Kim Liên`));
    r = await admin.say(`/dangky_chuanhoa ${ids[7]} son ha`);
    expect(last(r).choices!.map((c) => c.label).sort()).toEqual([`#${ids[7]} là Xã Sơn Hà`, `#${ids[7]} là Xã Sơn Hạ`]);
    r = await admin.choose(r, "là Xã Sơn Hạ");
    expect(lastText(r)).toMatch(/Còn 3 đăng ký/);
  });

  it("is for admins only, in a private chat", async () => {
    const h = await setup();
    await seedAll(h);
    const r = await chatFor(newRouter(h), { userId: "someone" }).say("/dangky_chuanhoa");
    expect(lastText(r)).not.toMatch(/chưa khớp/);
  });
});
