// User text as officers' keyboards leave it: shared by the knowledge base and the request classifier.
import { describe, expect, it } from "vitest";
import { telexMarked, vniMarked } from "../src/text.js";

describe("VNI keys left in words", () => {
  it("become the marks they stand for: tones, circumflex, horn, breve and đ", () => {
    expect(vniMarked("ta65p hua61n ca1n bo65 xa4 a5")).toBe("tập huấn cán bộ xã ạ");
    expect(vniMarked("d9a8ng ky1 nguo7i d9u7o7c qua3n ly1")).toBe("đăng ký ngươi đươc quản lý");
    expect(vniMarked("Bo65 VHTTDL tho61ng")).toBe("Bộ VHTTDL thống");
    // The tone sits where Vietnamese spelling puts it, on the shaped vowel of "ươ".
    expect(vniMarked("nguo72i d9u7o75c hu7o71ng")).toBe("người được hướng");
  });

  it("leave codes, numbers and addresses as typed", () => {
    for (const text of ["A4", "cv53", "v2", "140/BVHTTDL-CĐSVHTTDL", "1/3/2026", "hoa1@gmail.com", "pl2", "4G"]) expect(vniMarked(text), text).toBe(text);
  });
});

describe("Telex keys left in words", () => {
  it("become the marks they stand for: tones typed last, doubled vowels, 'w', 'dd'", () => {
    expect(telexMarked("Tooi muoons ddawng kys cans booj ddaau moois")).toBe("Tôi muốn đăng ký cán bộ đâu mối");
    // "w" after the vowels marks "uo" as "ươ" wherever it is typed; "oa" takes the breve; "gì" takes its tone.
    expect(telexMarked("nguwowif nguoiwf dduwowcj hoawcj muwa gif")).toBe("người người được hoặc mưa gì");
    expect(telexMarked("lichj taapj huaans aj")).toBe("lịch tập huấn ạ");
  });

  it("leave English, capitals and words that are Vietnamese as typed", () => {
    for (const text of ["form", "confirm", "owner", "deadline", "as of", "HCM", "QLVB", "the em", "cv53", "hoa@gmail.com"]) expect(telexMarked(text), text).toBe(text);
  });

  it("read a word without its marks where the officer's other words carry none", () => {
    expect(telexMarked("danh sach ddaauf moois gui bo truoc ngayf naof", { keepsMarks: (others) => others.some((w) => w !== w.normalize("NFD")) })).toBe("danh sach dau moi gui bo truoc ngay nao");
  });
});
