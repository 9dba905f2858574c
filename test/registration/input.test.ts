import { describe, expect, it } from "vitest";
import type { Feature } from "../../src/bot/context.js";
import { chatFor, LAN, last, lastText, newRouter, register, setup } from "./helpers.js";

describe("bad input is re-asked and nothing already answered is lost", () => {
  it("unknown province, digits-only unit, empty and one-word names, bad phone and e-mail", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await chat.say("/dangky");

    let r = await chat.say("Xyzzy Qwerty");
    expect(last(r).text).toMatch(/chưa tìm thấy tỉnh, thành phố “Xyzzy Qwerty”/);
    r = await chat.say("tinh nghe an");
    r = await chat.choose(r, "UBND phường");

    r = await chat.say("12345");
    expect(last(r).text).toMatch(/không thể chỉ gồm chữ số[\s\S]*Bước 3\/8\. Tên đơn vị/);
    r = await chat.say("phường trường vinh");
    expect(last(r).text).toMatch(/Bước 4\/8\. Họ và tên/);

    for (const bad of ["", "😀😀"]) {
      r = await chat.say(bad);
      expect(last(r).text).toMatch(/Họ và tên đang để trống[\s\S]*Bước 4\/8\. Họ và tên/);
    }
    r = await chat.say("Lan");
    expect(last(r).text).toMatch(/đầy đủ cả họ và tên/);
    r = await chat.say("Nguyễn 2 Lan");
    expect(last(r).text).toMatch(/không được có chữ số/);
    r = await chat.say("Nguyễn Thị Lan");
    r = await chat.say("Chuyên viên");

    for (const [bad, why] of [
      ["12345", /Số điện thoại chưa đúng/],
      ["024 3825 3536", /số máy cố định/],
      ["0112 345 678", /Đầu số này không phải/],
      ["gọi tôi nhé", /Số điện thoại chưa đúng/],
    ] as const) {
      r = await chat.say(bad);
      expect(last(r).text).toMatch(why);
      expect(last(r).text).toMatch(/Bước 6\/8\. Số điện thoại di động/);
    }
    r = await chat.say("(+84) 912-345-678");
    expect(last(r).text).toMatch(/Bước 7\/8/);

    for (const bad of ["lan@", "lan.example.vn", "lan@@example.vn", "lan@example"]) {
      r = await chat.say(bad);
      expect(last(r).text).toMatch(/Email chưa đúng định dạng[\s\S]*Bước 7\/8/);
    }
    r = await chat.say("lan@example.vn");
    r = await chat.choose(r, "Tôi đồng ý");

    // Every earlier answer survived the re-asks.
    const summary = last(r).text;
    for (const v of ["Nghệ An", "Phường Trường Vinh", "Nguyễn Thị Lan", "Chuyên viên", "0912 345 678", "lan@example.vn"]) {
      expect(summary).toContain(v);
    }
  });

  it("refusing consent saves nothing", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "Sở Du lịch");
    r = await chat.say("Nguyễn Thị Lan");
    r = await chat.say("Chuyên viên");
    r = await chat.say("0912345678");
    r = await chat.say("lan@example.vn");
    r = await chat.say("có thể");
    expect(last(r).text).toMatch(/vui lòng chọn “Tôi đồng ý” hoặc “Không đồng ý”/);
    r = await chat.choose(r, "Không đồng ý");
    expect(lastText(r)).toMatch(/chưa lưu thông tin nào/);
    expect(await h.store.officer.count()).toBe(0);
    expect(await h.store.flowState.count()).toBe(0);
  });

  it("edits one field from the summary, showing the current value, and goes back to the summary", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("Tân An");
    r = await chat.say("Nguyễn Thị Lan");
    r = await chat.say("Chuyên viên");
    r = await chat.say("0912345678");
    r = await chat.say("lan@example.vn");
    r = await chat.choose(r, "Tôi đồng ý");
    r = await chat.choose(r, "Sửa một mục");
    r = await chat.choose(r, "Chức vụ");
    expect(last(r).text).toMatch(/Hiện tại: Chuyên viên/);
    r = await chat.say("Phó Chủ tịch UBND xã");
    expect(last(r).text).toMatch(/kiểm tra lại thông tin/);
    expect(last(r).text).toContain("Phó Chủ tịch UBND xã");
    // Changing the kind from xã to a Sở drops the commune name and derives the Sở's.
    r = await chat.choose(r, "Sửa một mục");
    r = await chat.choose(r, "Loại đơn vị");
    r = await chat.choose(r, "Sở Văn hóa và Thể thao");
    expect(last(r).text).toContain("Sở Văn hóa và Thể thao tỉnh Nghệ An");
    expect(last(r).text).not.toContain("Xã Tân An");
    r = await chat.choose(r, "Xác nhận");
    expect((await h.store.officer.findFirstOrThrow()).unitName).toBe("Sở Văn hóa và Thể thao tỉnh Nghệ An");
  });
});

describe("progress survives", () => {
  it("a restart mid-form (new router, same store) resumes at the next question", async () => {
    const h = await setup();
    let chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("Hà Nội");
    r = await chat.choose(r, "Sở Văn hóa và Thể thao");
    r = await chat.say("Phạm Minh Đức");
    expect(last(r).text).toMatch(/Chức vụ/);

    chat = chatFor(newRouter(h)); // the bot restarted
    r = await chat.say("Trưởng phòng");
    expect(last(r).text).toMatch(/điện thoại di động/);
    r = await chat.say("0983 123 456");
    r = await chat.say("duc@hanoi.gov.vn");
    r = await chat.choose(r, "Tôi đồng ý");
    expect(last(r).text).toContain("Sở Văn hóa và Thể thao thành phố Hà Nội");
    expect(last(r).text).toContain("Phạm Minh Đức");
    await chat.choose(r, "Xác nhận");
    expect(await h.store.officer.findFirstOrThrow()).toMatchObject({ province: "Thành phố Hà Nội", fullName: "Phạm Minh Đức", position: "Trưởng phòng" });
  });

  it("/dangky again mid-form re-asks the open question instead of starting over", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "zalo" });
    await chat.say("/dangky");
    await chat.say("Nghệ An");
    const r = await chat.say("/dangky");
    expect(r).toHaveLength(1);
    expect(r[0]!.text).toMatch(/đang điền dở[\s\S]*loại đơn vị nào/);
    const next = await chat.say("4"); // the numbered choice still maps to the kinds
    expect(last(next).text).toMatch(/Tên đơn vị/);
  });

  it("another command mid-form is answered, then offers to continue; continue re-asks the step", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h), { channel: "zalo" });
    await chat.say("/dangky");
    await chat.say("Nghệ An");
    let r = await chat.say("/help");
    expect(r[0]!.text).toContain("/dangky");
    expect(last(r).text).toMatch(/đang điền dở phiếu đăng ký \(mục “Loại đơn vị”\)/);
    r = await chat.choose(r, "Tiếp tục", { channel: "zalo" });
    expect(last(r).text).toMatch(/Bước 2\/8\. Anh\/chị đăng ký cho loại đơn vị nào/);
    r = await chat.choose(r, "UBND xã", { channel: "zalo" });
    expect(last(r).text).toMatch(/Tên đơn vị/);
  });

  it("a question mid-form is answered by the answering feature, then the form goes on", async () => {
    const h = await setup();
    const ask: Feature = { name: "ask", onText: async (ctx) => [{ text: `Trả lời: ${ctx.in.text}` }] };
    const chat = chatFor(newRouter(h, [ask]));
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("Tân An");
    r = await chat.say("Hạn gửi danh sách là ngày nào?");
    expect(r[0]!.text).toBe("Trả lời: Hạn gửi danh sách là ngày nào?");
    expect(last(r).choices!.map((c) => c.label)).toEqual(["Tiếp tục", "Huỷ phiếu"]);
    r = await chat.say("Nguyễn Thị Lan"); // typing the answer works as well as "Tiếp tục"
    expect(last(r).text).toMatch(/Chức vụ/);
  });

  it("/huy cancels; an old button afterwards says the form is gone", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await chat.say("/dangky");
    const kinds = await chat.say("Nghệ An");
    const r = await chat.say("/huy");
    expect(r[0]!.text).toMatch(/Đã huỷ/);
    const late = await chat.choose(kinds, "UBND xã");
    expect(late[0]!.text).toMatch(/hết hạn hoặc đã được huỷ/);
  });

  it("an old button of an earlier step re-asks the open question", async () => {
    const h = await setup();
    const chat = chatFor(newRouter(h));
    await chat.say("/dangky");
    const kinds = await chat.say("Nghệ An");
    await chat.choose(kinds, "UBND xã");
    const r = await chat.choose(kinds, "Sở Du lịch");
    expect(r[0]!.text).toMatch(/thuộc một câu hỏi trước[\s\S]*Tên đơn vị/);
    expect(await h.store.officer.count()).toBe(0);
  });

  it("an unfinished form expires after FORM_EXPIRY_DAYS", async () => {
    const h = await setup({ FORM_EXPIRY_DAYS: "3" });
    const chat = chatFor(newRouter(h));
    await chat.say("/dangky");
    const kinds = await chat.say("Nghệ An");
    h.clock.advance(2 * 86_400_000);
    const stillThere = await chat.say("/dangky");
    expect(stillThere[0]!.text).toMatch(/đang điền dở/);
    h.clock.advance(3 * 86_400_000 + 1);
    const gone = await chat.choose(kinds, "UBND xã");
    expect(gone[0]!.text).toMatch(/hết hạn/);
    const again = await chat.say("/dangky");
    expect(lastText(again)).toMatch(/Bước 1\/8/);
  });
});

describe("deadline", () => {
  it("the last minute of the deadline day (local time) is on time", async () => {
    const h = await setup({ REGISTRATION_DEADLINE: "2026-01-16" }, "2026-01-16T16:59:00Z"); // 23:59 in Hà Nội
    const chat = chatFor(newRouter(h));
    const r = await register(chat, LAN);
    expect(lastText(r)).not.toMatch(/muộn/);
    expect((await h.store.officer.findFirstOrThrow()).late).toBe(false);
  });

  it("after the deadline the registration is taken, marked late, and the officer is told", async () => {
    const h = await setup({ REGISTRATION_DEADLINE: "2026-01-16" }, "2026-01-16T17:00:00Z"); // 00:00 on the 17th
    const chat = chatFor(newRouter(h));
    let r = await chat.say("/dangky");
    r = await chat.say("Nghệ An");
    r = await chat.choose(r, "UBND xã");
    r = await chat.say("Tân An");
    r = await chat.say("Nguyễn Thị Lan");
    r = await chat.say("Chuyên viên");
    r = await chat.say("0912345678");
    r = await chat.say("lan@example.vn");
    r = await chat.choose(r, "Tôi đồng ý");
    expect(last(r).text).toMatch(/đã quá hạn 16\/01\/2026/);
    r = await chat.choose(r, "Xác nhận");
    expect(lastText(r)).toMatch(/Đã ghi nhận/);
    expect(lastText(r)).toMatch(/hạn gửi danh sách là 16\/01\/2026[\s\S]*nộp muộn/);
    expect((await h.store.officer.findFirstOrThrow()).late).toBe(true);
  });

  it("the deadline is configurable", async () => {
    const h = await setup({ REGISTRATION_DEADLINE: "2026-01-05" });
    const r = await register(chatFor(newRouter(h)), LAN);
    expect(lastText(r)).toMatch(/hạn gửi danh sách là 05\/01\/2026/);
    expect((await h.store.officer.findFirstOrThrow()).late).toBe(true);
  });
});
