// `npm start` with no token: the terminal shell, driven through stdin like a person typing.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, startBot } from "../helpers/bot-process.js";

describe("npm start without a platform token", () => {
  it("opens the shell and answers /start with the menu, then exits cleanly at end of input", async () => {
    const bot = startBot({});
    await bot.waitFor(/Ctrl\+D/);
    bot.proc.stdin.write("/start\n");
    await bot.waitFor(/4\. Gửi câu hỏi cho cán bộ hỗ trợ/);
    expect(bot.stdout()).toMatch(/trợ lý tự động/);
    expect(bot.stdout()).toMatch(/1\. Đặt câu hỏi/);
    bot.proc.stdin.write("3\n");
    await bot.waitFor(/Lịch tập huấn|lịch tập huấn/);
    bot.proc.stdin.end();
    expect(await bot.exited).toBe(0);
  });

  it("answers a question with its source and declines an out-of-scope one with the offer of support", async () => {
    const bot = startBot({ KB_DOCS_DIR: path.join(ROOT, "../shared/guidance") });
    await bot.waitFor(/Ctrl\+D/);
    bot.proc.stdin.write("Hạn gửi danh sách cán bộ đầu mối là ngày nào?\n");
    await bot.waitFor(/Nguồn:/);
    expect(bot.stdout()).toMatch(/16\/01\/2026/);
    bot.proc.stdin.write("Giá vàng hôm nay?\n");
    await bot.waitFor(/Gửi cán bộ hỗ trợ/);
    expect(bot.stdout()).toMatch(/chưa tìm thấy câu trả lời/);
    bot.proc.stdin.end();
    expect(await bot.exited).toBe(0);
  });

  it("refuses a bad configuration with one message listing every problem and a non-zero exit", async () => {
    const bot = startBot({ TZ: "Mars/Base", HTTP_PORT: "abc", ADMIN_IDS: "12345" });
    const code = await bot.exited;
    expect(code).not.toBe(0);
    expect(bot.stderr()).toMatch(/Cấu hình không hợp lệ \/ Invalid configuration/);
    for (const v of ["TZ", "HTTP_PORT", "ADMIN_IDS"]) expect(bot.stderr()).toContain(v);
  });
});
