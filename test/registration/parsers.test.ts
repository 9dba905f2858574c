import { describe, expect, it } from "vitest";
import { capitaliseWords, looksLikeQuestion, parseEmail, parsePersonName, parseVnMobile } from "../../src/flows/forms/parsers.js";
import { matchUnitKind } from "../../src/flows/registration/units.js";
import { endOfLocalDay, isLate } from "../../src/flows/registration/time.js";

describe("Vietnamese mobile numbers", () => {
  it.each([
    ["0912 345 678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["0912-345-678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["(+84) 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0084912345678", "0912345678"],
    ["0328 111 222", "0328111222"],
    ["0868123456", "0868123456"],
  ])("%s → %s", (input, out) => {
    expect(parseVnMobile(input)).toEqual({ ok: true, value: out });
  });

  it.each([
    ["", "empty"],
    ["091234567", "format"],
    ["09123456789", "format"],
    ["0912 345 67a", "format"],
    ["+1 912 345 678", "format"],
    ["024 3825 3536", "landline"],
    ["0112345678", "prefix"],
    ["0951234567", "prefix"],
  ])("%s is refused (%s)", (input, reason) => {
    expect(parseVnMobile(input)).toEqual({ ok: false, reason });
  });
});

describe("other fields", () => {
  it("e-mails are trimmed and lower-cased; malformed ones refused", () => {
    expect(parseEmail("  Lan.NT@Example.GOV.vn ")).toEqual({ ok: true, value: "lan.nt@example.gov.vn" });
    for (const bad of ["lan", "lan@", "@example.vn", "lan@example", "lan..nt@example.vn", "lan@exa mple.vn", "lan.@example.vn"]) {
      expect(parseEmail(bad).ok).toBe(false);
    }
  });

  it("names are capitalised, keeping inner capitals of mixed-case words", () => {
    expect(parsePersonName("  nguyễn   thị lan ")).toEqual({ ok: true, value: "Nguyễn Thị Lan" });
    expect(parsePersonName("NGUYỄN VĂN AN")).toEqual({ ok: true, value: "Nguyễn Văn An" });
    expect(capitaliseWords("đắk R'Lấp")).toBe("Đắk R'Lấp");
    expect(parsePersonName("Lan")).toEqual({ ok: false, reason: "oneWord" });
    expect(parsePersonName("   ")).toEqual({ ok: false, reason: "empty" });
    expect(parsePersonName("Lan 123")).toEqual({ ok: false, reason: "digits" });
    expect(parsePersonName("Lan <b>Nguyễn</b>")).toEqual({ ok: false, reason: "chars" });
    expect(parsePersonName(`Nguyễn ${"a".repeat(80)}`)).toEqual({ ok: false, reason: "tooLong" });
  });

  it("unit kinds typed in words", () => {
    expect(matchUnitKind("xa")).toBe("xa");
    expect(matchUnitKind("UBND Phường")).toBe("phuong");
    expect(matchUnitKind("dac khu")).toBe("dac_khu");
    expect(matchUnitKind("Sở VHTTDL")).toBe("so_vhttdl");
    expect(matchUnitKind("so van hoa va the thao")).toBe("so_vhtt");
    expect(matchUnitKind("sở du lịch")).toBe("so_dl");
    expect(matchUnitKind("bệnh viện")).toBeUndefined();
  });

  it("questions asked mid-form are told apart from answers", () => {
    expect(looksLikeQuestion("Hạn chót là ngày nào?")).toBe(true);
    expect(looksLikeQuestion("đăng ký cho xã là gì")).toBe(true);
    expect(looksLikeQuestion("Nguyễn Thị Lan")).toBe(false);
    expect(looksLikeQuestion("Phó Chủ tịch UBND xã")).toBe(false);
    expect(looksLikeQuestion("lan@example.vn")).toBe(false);
  });
});

describe("deadline in local time", () => {
  it("the deadline day ends at midnight in Hà Nội", () => {
    expect(endOfLocalDay("2026-01-16", "Asia/Ho_Chi_Minh").toISOString()).toBe("2026-01-16T17:00:00.000Z");
    expect(isLate(new Date("2026-01-16T16:59:59Z"), "2026-01-16", "Asia/Ho_Chi_Minh")).toBe(false);
    expect(isLate(new Date("2026-01-16T17:00:00Z"), "2026-01-16", "Asia/Ho_Chi_Minh")).toBe(true);
  });
});
