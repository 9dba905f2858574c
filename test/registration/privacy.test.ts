import { describe, expect, it } from "vitest";
import { ADMIN, chatFor, LAN, lastText, newRouter, register, setup } from "./helpers.js";

describe("personal data never reaches the logs", () => {
  it("a full registration, an edit, an export and a deletion log no phone, e-mail or name", async () => {
    const h = await setup();
    const router = newRouter(h);
    const chat = chatFor(router, { channel: "zalo" });
    const done = await register(chat, { ...LAN, phone: "+84 912 345 678" }, "zalo");
    expect(lastText(done)).toMatch(/Đã ghi nhận/);
    let r = await chat.say("/hoso");
    r = await chat.choose(r, "Sửa thông tin", { channel: "zalo" });
    r = await chat.choose(r, "Số điện thoại", { channel: "zalo" });
    r = await chat.say("0987.654.321");
    await chat.choose(r, "Xác nhận", { channel: "zalo" });
    await chatFor(router, { userId: ADMIN }).say("/dangky_xuat");
    await chat.choose(await chat.say("/xoadulieu"), "Xoá dữ liệu", { channel: "zalo" });

    const logs = h.logLines.join("");
    // The flow did log its events (so the scan is not of an empty log)…
    expect(logs).toMatch(/registration created/);
    expect(logs).toMatch(/registration updated/);
    expect(logs).toMatch(/roster exported/);
    // …and none of them carries personal data, in any written form.
    for (const secret of [
      "0912345678", "912345678", "0912 345 678", "+84 912 345 678", "0987654321", "0987.654.321",
      "lan.nt@example.gov.vn", "Lan.NT@Example.gov.vn", "Nguyễn Thị Lan", "nguyễn thị lan", "Chuyên viên",
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
