// The shipped commune list and its matcher, checked against the published list in ../shared.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  communeIndex,
  CommuneListError,
  communesOf,
  createCommuneIndex,
  matchCommune,
  parseCommuneList,
  type CommuneUnit,
} from "../../src/reference/communes.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { fold } from "../../src/text.js";

interface Published {
  provinces: { code: string; name: string; units: { code: string; name: string; kind: string }[] }[];
}
const published = JSON.parse(fs.readFileSync(path.resolve("../shared/reference/communes-2026.json"), "utf8")) as Published;

/** The published unit of that name in that province (the test never assumes a code). */
function unit(province: string, name: string): CommuneUnit {
  const u = communesOf(province).find((x) => x.name === name);
  if (!u) throw new Error(`${name} not in ${province}`);
  return u;
}
const codeOf = (province: string, typed: string) => {
  const m = matchCommune(province, typed);
  return m.kind === "exact" ? m.unit.code : m.kind;
};
const stripUnitWord = (name: string) => name.replace(/^(Xã|Phường|Đặc khu) /, "");

describe("the shipped list", () => {
  it("holds every published province and unit with its code, under the project's province names", () => {
    const shipped = communeIndex();
    expect(shipped.list.provinces).toHaveLength(34);
    expect(shipped.total).toBe(published.provinces.reduce((n, p) => n + p.units.length, 0));
    expect(shipped.total).toBe(3321);
    for (const p of published.provinces) {
      const mine = shipped.list.provinces.find((x) => x.code === p.code)!;
      expect(PROVINCES).toContain(mine.province);
      expect(mine.units.map((u) => [u.code, u.name, u.kind])).toEqual(p.units.map((u) => [u.code, u.name.normalize("NFC"), u.kind]));
    }
    // The list styles it "Thành phố Đồng Nai"; the project still says "Đồng Nai".
    expect(shipped.list.provinces.find((p) => p.name === "Thành phố Đồng Nai")!.province).toBe("Đồng Nai");
    expect(shipped.list.provinces.find((p) => p.name === "Tỉnh Thanh Hoá")!.province).toBe("Thanh Hóa");
  });

  it("refuses a list with a province missing, an unknown province or a repeated code", () => {
    const copy = () => JSON.parse(JSON.stringify(published)) as Published;
    const missing = copy();
    missing.provinces.pop();
    expect(() => parseCommuneList(missing)).toThrow(CommuneListError);
    const unknown = copy();
    unknown.provinces[0]!.name = "Tỉnh Hà Tây";
    expect(() => parseCommuneList(unknown)).toThrow(/Hà Tây/);
    const repeated = copy();
    repeated.provinces[1]!.units.push({ ...repeated.provinces[0]!.units[0]! });
    expect(() => parseCommuneList(repeated)).toThrow(/appears twice/);
    const badKind = copy();
    badKind.provinces[0]!.units[0]!.kind = "thị trấn";
    expect(() => parseCommuneList(badKind)).toThrow(CommuneListError);
  });
});

describe("matching a typed commune within its province", () => {
  it("every unit is found by its official name, and without unit word or diacritics (or offered among its namesakes)", () => {
    for (const p of communeIndex().list.provinces) {
      for (const u of p.units) {
        expect(codeOf(p.province, u.name)).toBe(u.code);
        for (const typed of [stripUnitWord(u.name), fold(u.name), fold(stripUnitWord(u.name))]) {
          const m = matchCommune(p.province, typed);
          if (m.kind === "exact") expect(m.unit.code).toBe(u.code);
          else {
            // Only namesakes that differ by diacritics or unit word (Sơn Hà / Sơn Hạ) need a choice.
            expect(m.kind).toBe("choices");
            expect(m.kind === "choices" && m.candidates.map((c) => c.code)).toContain(u.code);
          }
        }
      }
    }
  });

  it("unaccented, misspelled and prefix-less inputs resolve to the right unit code", () => {
    const boTrach = unit("Quảng Trị", "Xã Bố Trạch").code;
    for (const typed of ["xa bo trach", "Bố Trạch", "XÃ BỐ TRẠCH", "bo trach", "bo trac", "bố trặch", "UBND xã Bố Trạch", "Bo  Trach."]) {
      expect(codeOf("Quảng Trị", typed), typed).toBe(boTrach);
    }
    expect(codeOf("Nghệ An", "dienchau")).toBe(unit("Nghệ An", "Xã Diễn Châu").code);
    expect(codeOf("Nghệ An", "p. thanh vinh")).toBe(unit("Nghệ An", "Phường Thành Vinh").code);
    expect(codeOf("Quảng Trị", "con co")).toBe(unit("Quảng Trị", "Đặc khu Cồn Cỏ").code);
    // "Xa Dung" is a name, not "Xã Dung".
    expect(codeOf("Điện Biên", "xa dung")).toBe(unit("Điện Biên", "Xã Xa Dung").code);
  });

  it("the unit kind comes from the list", () => {
    const m = matchCommune("Nghệ An", "xã thành vinh");
    expect(m.kind === "exact" && m.unit.kind).toBe("phường");
  });

  it("names that differ only by diacritics or unit word are offered as choices unless the typing tells them apart", () => {
    const m = matchCommune("Quảng Ngãi", "son ha");
    expect(m.kind === "choices" && m.candidates.map((u) => u.name).sort()).toEqual(["Xã Sơn Hà", "Xã Sơn Hạ"]);
    expect(codeOf("Quảng Ngãi", "Sơn Hạ")).toBe(unit("Quảng Ngãi", "Xã Sơn Hạ").code);
    expect(codeOf("Quảng Ngãi", "xã sơn hà")).toBe(unit("Quảng Ngãi", "Xã Sơn Hà").code);
    expect(matchCommune("Thanh Hóa", "dong tien").kind).toBe("choices");
    expect(codeOf("Thanh Hóa", "phuong dong tien")).toBe(unit("Thanh Hóa", "Phường Đông Tiến").code);
    const part = matchCommune("Nghệ An", "quynh");
    expect(part.kind).toBe("choices");
    expect(part.kind === "choices" && part.candidates.every((u) => fold(u.name).includes("quynh"))).toBe(true);
  });

  it("a name of another province is not accepted, and says where it belongs", () => {
    const m = matchCommune("Nghệ An", "bo trach");
    expect(m.kind).toBe("none");
    expect(m.kind === "none" && m.elsewhere.map((u) => [u.province, u.name])).toEqual([["Quảng Trị", "Xã Bố Trạch"]]);
    expect(matchCommune("Nghệ An", "xyz qwerty")).toEqual({ kind: "none", suggestions: [], elsewhere: [] });
  });

  it("a former name the list gives leads to the unit that absorbed it", () => {
    // The published list carries no former names yet; a list that does is honoured.
    const list = parseCommuneList(published);
    const qt = list.provinces.find((p) => p.province === "Quảng Trị")!;
    const target = qt.units.find((u) => u.name === "Xã Bố Trạch")!;
    target.formerly = ["Thị trấn Tên Cũ Thử Nghiệm"];
    const index = createCommuneIndex(list);
    expect(index.match("Quảng Trị", "ten cu thu nghiem")).toEqual({ kind: "former", unit: target, former: "Thị trấn Tên Cũ Thử Nghiệm" });
    expect(index.match("Quảng Trị", "thi tran ten cu thu nghiem").kind).toBe("former");
  });
});
