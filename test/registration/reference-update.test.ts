// npm run reference:update: a newer list replaces the shipped one; gone units' registrations are listed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHIPPED, updateReference } from "../../scripts/reference-update.js";
import { pendingCodes } from "../../src/flows/registration/codes.js";
import { CommuneListError, communesOf, parseCommuneList } from "../../src/reference/communes.js";
import { openMigratedStore } from "../../src/store/db.js";
import { freshDatabaseUrlSync } from "../helpers/test-db.js";

const PUBLISHED = path.resolve("../shared/reference/communes-2026.json");
const codeOf = (province: string, name: string) => communesOf(province).find((u) => u.name === name)!.code;

interface Published {
  provinces: { name: string; units: { code: string; name: string; kind: string }[] }[];
}

function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reference-"));
  const target = path.join(dir, "communes.json");
  fs.copyFileSync(SHIPPED, target);
  return { dir, target, url: freshDatabaseUrlSync(dir) };
}

async function seed(url: string, unitName: string, unitCode: string, phone: string) {
  const store = await openMigratedStore(url);
  const o = await store.officer.create({
    data: {
      channel: "telegram", externalUserId: phone, province: "Nghệ An", unitKind: "xa", unitName, unitCode,
      fullName: "Nguyễn Văn A", position: "Chuyên viên", phone, email: `${phone}@example.vn`, role: "quan_tri", consentAt: new Date(),
    },
  });
  await store.$disconnect();
  return o.id;
}

describe("npm run reference:update", () => {
  it("the published list is the shipped one: nothing added, gone or renamed, and the file is unchanged", async () => {
    const w = workspace();
    const report = await updateReference({ file: PUBLISHED, target: w.target });
    expect(report).toMatchObject({ before: 3321, after: 3321, added: [], removed: [], renamed: [], affected: [] });
    expect(fs.readFileSync(w.target, "utf8")).toBe(fs.readFileSync(SHIPPED, "utf8"));
  });

  it("reports added, renamed and gone units, lists the registrations of gone ones and renames the others", async () => {
    const w = workspace();
    const tanAn = codeOf("Nghệ An", "Xã Tân An");
    const dienChau = codeOf("Nghệ An", "Xã Diễn Châu");
    const onGone = await seed(w.url, "Xã Tân An", tanAn, "0911000001");
    const onRenamed = await seed(w.url, "Xã Diễn Châu", dienChau, "0911000002");

    const next = JSON.parse(fs.readFileSync(PUBLISHED, "utf8")) as Published;
    const na = next.provinces.find((p) => p.name === "Tỉnh Nghệ An")!;
    na.units = na.units.filter((u) => u.code !== tanAn);
    na.units.find((u) => u.code === dienChau)!.name = "Xã Diễn Châu Mới";
    na.units.push({ code: "99999", name: "Phường Thử Nghiệm", kind: "phường" });
    const file = path.join(w.dir, "next.json");
    fs.writeFileSync(file, JSON.stringify(next));

    const dry = await updateReference({ file, target: w.target, url: w.url, dryRun: true });
    expect(dry.affected.map((a) => a.id)).toEqual([onGone]);
    expect(fs.readFileSync(w.target, "utf8")).toBe(fs.readFileSync(SHIPPED, "utf8"));

    const r = await updateReference({ file, target: w.target, url: w.url });
    expect(r.removed.map((u) => [u.code, u.name])).toEqual([[tanAn, "Xã Tân An"]]);
    expect(r.added.map((u) => [u.code, u.name, u.province])).toEqual([["99999", "Phường Thử Nghiệm", "Nghệ An"]]);
    expect(r.renamed.map((x) => [x.before.name, x.after.name])).toEqual([["Xã Diễn Châu", "Xã Diễn Châu Mới"]]);
    expect(r.affected).toEqual([{ id: onGone, province: "Nghệ An", unitName: "Xã Tân An", unitCode: tanAn }]);
    expect(r.relabelled).toBe(1);
    const written = parseCommuneList(JSON.parse(fs.readFileSync(w.target, "utf8")));
    expect(written.provinces.find((p) => p.province === "Nghệ An")!.units.map((u) => u.code)).toContain("99999");

    const store = await openMigratedStore(w.url);
    expect((await store.officer.findUniqueOrThrow({ where: { id: onRenamed } })).unitName).toBe("Xã Diễn Châu Mới");
    await store.$disconnect();
    fs.rmSync(w.dir, { recursive: true, force: true });
  });

  it("refuses a malformed list and changes nothing", async () => {
    const w = workspace();
    const next = JSON.parse(fs.readFileSync(PUBLISHED, "utf8")) as Published;
    next.provinces.pop();
    const file = path.join(w.dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify(next));
    await expect(updateReference({ file, target: w.target })).rejects.toBeInstanceOf(CommuneListError);
    expect(fs.readFileSync(w.target, "utf8")).toBe(fs.readFileSync(SHIPPED, "utf8"));
  });

  it("a registration whose code is not in the loaded list is listed for /dangky_chuanhoa as gone from the list", async () => {
    const w = workspace();
    const id = await seed(w.url, "Xã Tân An", "99998", "0911000003");
    const store = await openMigratedStore(w.url);
    const pending = await pendingCodes(store);
    expect(pending.map((p) => [p.officer.id, p.reason, p.suggestions.map((u) => u.name)])).toEqual([[id, "stale", ["Xã Tân An"]]]);
    await store.$disconnect();
  });
});
