// Follow-up questions read against the previous one, contacts from the letters, and no dead ends.
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { createOutbox } from "../../src/bot/outbox.js";
import { Conversation } from "../helpers/harness.js";
import { world } from "./helpers.js";

describe("follow-up questions", () => {
  it("answers 'còn cấp xã thì sao?' about commune officers after the Sở question", async () => {
    const { chat } = await world();
    const c = chat("zalo");
    const [first] = await c.say("Mỗi Sở cử mấy cán bộ phối hợp?");
    expect(first!.text).toMatch(/02 cán bộ phối hợp/);
    const [second] = await c.say("còn cấp xã thì sao?");
    expect(second!.text).toMatch(/01 cán bộ quản trị hệ thống/);
    expect(second!.text).toMatch(/Nguồn: .*Bộ Văn hóa, Thể thao và Du lịch/);
  });

  it("reads 'gửi về đâu?' and 'hạn chót?' against the list of contact officers", async () => {
    const { chat } = await world();
    const c = chat("shell");
    await c.say("Danh sách cán bộ đầu mối theo biểu mẫu nào?");
    const [where] = await c.say("gửi về đâu?");
    expect(where!.text).toMatch(/gửi về Bộ VHTTDL/);
    const [deadline] = await c.say("hạn chót?");
    expect(deadline!.text).toMatch(/16\/01\/2026/);
  });

  it("keeps the context in the store across a restart, for about 30 minutes only", async () => {
    const { h, kb, chat } = await world();
    await chat("telegram").say("Mỗi Sở cử mấy cán bộ phối hợp?");
    // A new app on the same database: what a restart leaves.
    const restarted = createApp(h.deps, { kb, outbox: createOutbox(h.store, h.clock) });
    const again = new Conversation(restarted.router, { channel: "telegram", userId: "u1" });
    h.clock.advance(10 * 60_000);
    expect((await again.say("còn cấp xã thì sao?"))[0]!.text).toMatch(/01 cán bộ quản trị hệ thống/);
    h.clock.advance(31 * 60_000);
    expect((await again.say("còn cấp xã thì sao?"))[0]!.text).not.toMatch(/01 cán bộ quản trị hệ thống/);
  });

  it("keeps each person's context to themselves and starts afresh on a new topic", async () => {
    const { chat } = await world();
    await chat("telegram", "u1").say("Mỗi Sở cử mấy cán bộ phối hợp?");
    const [other] = await chat("telegram", "u2").say("còn cấp xã thì sao?");
    expect(other!.text).not.toMatch(/01 cán bộ quản trị hệ thống/);
    const [fresh] = await chat("telegram", "u1").say("Công văn 6247 đính chính văn bản nào?");
    expect(fresh!.text).toMatch(/6247/);
    expect(fresh!.text).not.toMatch(/cán bộ phối hợp/);
  });

  it("follows a schedule look-up with another province", async () => {
    const { chat } = await world();
    const c = chat("zalo");
    await c.say("cho mình xem lịch tập huấn của Hà Tĩnh");
    const [next] = await c.say("còn Quảng Ninh thì sao?");
    expect(next!.text).toMatch(/Lịch tập huấn sắp tới của Quảng Ninh/);
  });
});

describe("whom to contact", () => {
  it("gives the ministry's support contacts from the letter with the offer to open a ticket", async () => {
    const { chat } = await world();
    for (const text of ["liên hệ ai khi gặp sự cố kỹ thuật", "so dien thoai ho tro", "hỏi ai khi lỗi"]) {
      const replies = await chat("zalo").say(text);
      expect(replies[0]!.text, text).toMatch(/Nguyễn Minh Sơn/);
      expect(replies[0]!.text, text).toMatch(/0976953686/);
      expect(replies[0]!.text, text).toMatch(/Nguồn: .*Kế hoạch tập huấn/);
      // The offer to ask staff comes last, so its number is the one Zalo and the shell take.
      expect(replies.at(-1)!.choices!.map((x) => x.label), text).toContain("Gửi cán bộ hỗ trợ");
    }
  });

  it("opens the ticket flow from the contacts reply", async () => {
    const { chat, h } = await world();
    const c = chat("zalo");
    const contacts = await c.say("liên hệ ai khi gặp sự cố kỹ thuật");
    await c.choose(contacts, "Gửi cán bộ hỗ trợ");
    expect((await h.store.flowState.findFirst())?.flow).toBe("ticket");
  });
});

describe("never a dead end", () => {
  it("lists what the bot can do under a decline, as buttons on Telegram and numbers on Zalo", async () => {
    const { chat } = await world();
    const [declined] = await chat("telegram").say("Giá vàng SJC hôm nay bao nhiêu?");
    expect(declined!.text).toMatch(/chưa tìm thấy/);
    expect(declined!.choices!.map((x) => x.label)).toEqual(
      expect.arrayContaining(["Gửi cán bộ hỗ trợ", "Đăng ký cán bộ đầu mối", "Lịch tập huấn", "Xem các việc tôi làm được"]),
    );
    const z = chat("zalo");
    const zaloDecline = await z.say("cho tôi công thức nấu phở bò");
    const [menu] = await z.choose(zaloDecline, "Không, cảm ơn");
    expect(menu!.text).toMatch(/Tôi có thể giúp/);
    const [schedule] = await z.choose([menu!], "Lịch tập huấn");
    expect(schedule!.text).toMatch(/tỉnh\/thành phố/);
  });
});
