// Officers who type sentences, not commands: requests reach their process before any search,
// questions stay questions.
import { describe, expect, it } from "vitest";
import { world } from "./helpers.js";

describe("requests in plain Vietnamese", () => {
  it("starts the registration form for 'tôi muốn đăng ký' and its unaccented, abbreviated and VNI-keyed forms", async () => {
    for (const text of ["tôi muốn đăng ký", "toi muon dang ky", "cho minh dk can bo dau moi", "dnag ky", "to6i muo61n d9a8ng ky1", "tooi muoons ddawng kys"]) {
      const { chat, h } = await world();
      const [reply] = await chat("zalo").say(text);
      expect(reply!.text, text).not.toMatch(/chưa tìm thấy câu trả lời/);
      const state = await h.store.flowState.findFirst();
      expect(state?.flow, text).toBe("reg");
    }
  });

  it("keeps 'hạn đăng ký là khi nào' a question: answered from the letters, no form opened", async () => {
    const { chat, h } = await world();
    const [reply] = await chat().say("hạn đăng ký là khi nào");
    expect(reply!.text).toMatch(/Nguồn:|chưa tìm thấy/);
    expect(await h.store.flowState.count()).toBe(0);
    expect(await h.store.answerLog.count()).toBe(1);
  });

  it("shows Hà Tĩnh's schedule for 'cho mình xem lịch tập huấn của Hà Tĩnh'", async () => {
    const { chat } = await world();
    const [reply] = await chat("shell").say("cho mình xem lịch tập huấn của Hà Tĩnh");
    expect(reply!.text).toMatch(/Lịch tập huấn sắp tới của Hà Tĩnh/);
    expect(reply!.text).toMatch(/22\/01\/2026/);
  });

  it("narrows the schedule to the commune session, next week, with a former province name", async () => {
    const { chat } = await world();
    const [reply] = await chat().say("lich tap huan buoi cap xa thang nay cua Quang Binh");
    expect(reply!.text).toMatch(/Quảng Bình nay thuộc Quảng Trị/);
    expect(reply!.text).toMatch(/Từ 14\/01\/2026 đến 31\/01\/2026/);
    expect(reply!.text).toMatch(/26\/01\/2026, 14:00/);
    expect(reply!.text).not.toMatch(/08:30/);
    const [none] = await chat().say("lịch tập huấn Quảng Trị tuần sau");
    expect(none!.text).toMatch(/Từ 19\/01\/2026 đến 25\/01\/2026/);
    expect(none!.text).toMatch(/chưa có buổi/);
    const [day] = await chat().say("lịch tập huấn Hà Tĩnh ngày 22/1 buổi cấp xã");
    expect(day!.text).toMatch(/Ngày 22\/01\/2026/);
    expect(day!.text).toMatch(/14:00/);
    expect(day!.text).not.toMatch(/08:30/);
  });

  it("opens the support ticket flow for 'tôi cần nói chuyện với cán bộ hỗ trợ của Bộ'", async () => {
    const { chat, h } = await world();
    const [reply] = await chat().say("tôi cần nói chuyện với cán bộ hỗ trợ của Bộ");
    expect(reply!.text).not.toMatch(/chưa tìm thấy/);
    expect((await h.store.flowState.findFirst())?.flow).toBe("ticket");
  });

  it("greets, thanks and shows what it can do without searching the letters", async () => {
    const { chat, h } = await world();
    const c = chat("zalo");
    const [hello] = await c.say("xin chào");
    expect(hello!.text).toMatch(/Xin chào/);
    expect(hello!.choices!.map((x) => x.label)).toContain("Lịch tập huấn");
    const [thanks] = await c.say("cảm ơn bot nhiều nhé");
    expect(thanks!.text).toMatch(/không có gì/);
    const [help] = await c.say("bot lam duoc gi");
    expect(help!.text).toMatch(/Tôi có thể giúp/);
    expect(await h.store.answerLog.count()).toBe(0);
  });

  it("takes requests in a group only when the bot is addressed", async () => {
    const { chat } = await world();
    const c = chat("telegram");
    const silent = await c.say("cho mình xem lịch tập huấn của Hà Tĩnh", { chatId: "-77", chatKind: "group" });
    expect(silent).toEqual([]);
    const [reply] = await c.say("cho mình xem lịch tập huấn của Hà Tĩnh", { chatId: "-77", chatKind: "group", mentioned: true });
    expect(reply!.text).toMatch(/Hà Tĩnh/);
  });
});
