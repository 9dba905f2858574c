// The pure parts of /thongbao: the time an admin types, the provinces, the text limit.
import { describe, expect, it } from "vitest";
import { checkText, MAX_TEXT, parseProvinces, renderMessage } from "../../src/flows/announcements/service.js";
import { parseWhen } from "../../src/flows/announcements/when.js";

const TZ = "Asia/Ho_Chi_Minh";
const NOW = new Date("2026-01-18T08:00:00Z"); // 15:00 on Sunday 18/01 in Hà Nội
const at = (text: string) => {
  const r = parseWhen(text, NOW, TZ);
  return r.ok ? (r.at === "now" ? "now" : r.at.toISOString()) : r.reason;
};

describe("when to send", () => {
  it("reads the ways admins write a local time", () => {
    expect(at("Gửi ngay")).toBe("now");
    expect(at("bây giờ")).toBe("now");
    expect(at("16:00")).toBe("2026-01-18T09:00:00.000Z");
    expect(at("16h")).toBe("2026-01-18T09:00:00.000Z");
    expect(at("16h30 hôm nay")).toBe("2026-01-18T09:30:00.000Z");
    expect(at("8h ngày mai")).toBe("2026-01-19T01:00:00.000Z");
    expect(at("08:00 20/01/2026")).toBe("2026-01-20T01:00:00.000Z");
    expect(at("20/01 lúc 14 giờ")).toBe("2026-01-20T07:00:00.000Z");
    expect(at("14g15 ngày 20-01-2026")).toBe("2026-01-20T07:15:00.000Z");
  });

  it("refuses the past, dates that do not exist, far-off dates and anything else", () => {
    expect(at("14:59")).toBe("past");
    expect(at("15:00")).toBe("past");
    expect(at("16:00 17/01/2026")).toBe("past");
    expect(at("08:00 30/02/2026")).toBe("badDate");
    expect(at("08:00 20/05/2026")).toBe("tooFar");
    expect(at("25:00")).toBe("format");
    expect(at("chiều thứ sáu")).toBe("format");
    expect(at("16:00 và 17:00")).toBe("format");
    expect(at("")).toBe("format");
  });
});

describe("provinces", () => {
  it("accepts current and former names, without diacritics, and maps former ones", () => {
    const r = parseProvinces("ha noi; Huế, tinh Quang Nam");
    expect(r).toEqual({
      ok: true,
      provinces: ["Thành phố Hà Nội", "Thành phố Huế", "Thành phố Đà Nẵng"],
      former: [{ former: expect.stringContaining("Quảng Nam"), province: "Thành phố Đà Nẵng" }],
    });
  });

  it("names the first unknown or ambiguous one", () => {
    expect(parseProvinces("Hà Nội, Atlantis")).toMatchObject({ ok: false, reason: "unknown", typed: "Atlantis" });
    expect(parseProvinces(" , ")).toEqual({ ok: false, reason: "empty" });
  });
});

describe("text", () => {
  it("keeps line breaks, trims, and fits header and text in one Zalo message", () => {
    expect(checkText("  Dòng 1  \r\nDòng 2\n\n\n\nDòng 3 ")).toEqual({ ok: true, text: "Dòng 1\nDòng 2\n\nDòng 3" });
    expect(checkText("x".repeat(MAX_TEXT))).toMatchObject({ ok: true });
    expect(renderMessage("x".repeat(MAX_TEXT)).length).toBe(2000);
    expect(checkText("x".repeat(MAX_TEXT + 1))).toEqual({ ok: false, reason: "tooLong", length: MAX_TEXT + 1, max: MAX_TEXT });
    expect(checkText(" \n ")).toEqual({ ok: false, reason: "empty" });
  });
});
