import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { scrub } from "../../src/log.js";

describe("configuration", () => {
  it("runs on the embedded defaults with nothing set", () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe("file:./data/bot.db");
    expect(c.TZ).toBe("Asia/Ho_Chi_Minh");
    expect(c.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    expect(c.admins).toEqual([]);
  });

  it("parses admins and the support chat as channel:id", () => {
    const c = loadConfig({ ADMIN_IDS: "telegram:12345, zalo:6ede9afa", SUPPORT_CHAT: "telegram:-1001" });
    expect(c.admins).toEqual([
      { channel: "telegram", id: "12345" },
      { channel: "zalo", id: "6ede9afa" },
    ]);
    expect(c.supportChat).toEqual({ channel: "telegram", id: "-1001" });
  });

  it("lists every problem at once, in Vietnamese and English", () => {
    let error: unknown;
    try {
      loadConfig({
        TELEGRAM_BOT_TOKEN: "nope",
        TELEGRAM_WEBHOOK_URL: "https://bot.example.org/tg",
        ADMIN_IDS: "12345",
        TZ: "Mars/Base",
        HTTP_PORT: "99999",
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const v of ["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "ADMIN_IDS", "TZ", "HTTP_PORT"]) expect(problems).toContain(v);
    expect((error as ConfigError).message).toMatch(/Cấu hình không hợp lệ \/ Invalid configuration/);
  });

  it("takes trusted proxies as addresses, CIDR ranges or names, and refuses anything else", () => {
    expect(loadConfig({ HTTP_TRUST_PROXY: "127.0.0.1, 10.0.0.0/8,loopback,fd00::/8" }).HTTP_TRUST_PROXY).toEqual(["127.0.0.1", "10.0.0.0/8", "loopback", "fd00::/8"]);
    expect(loadConfig({}).HTTP_TRUST_PROXY).toEqual([]);
    for (const bad of ["nginx", "10.0.0.0/33", "10.0.0.1/8/1", "*"]) {
      expect(() => loadConfig({ HTTP_TRUST_PROXY: bad }), bad).toThrow(/HTTP_TRUST_PROXY/);
    }
  });

  it("takes a metrics token of 16+ safe characters and refuses a short one", () => {
    expect(loadConfig({ METRICS_TOKEN: "" }).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: "abcdefgh-12345678" }).METRICS_TOKEN).toBe("abcdefgh-12345678");
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
  });
});

describe("log scrubbing", () => {
  it("removes phone numbers, e-mails and bot tokens", () => {
    const line = scrub("call 0912 345 678 or +84912345678, mail a.b@so.gov.vn, url /bot123456:AAAbbbCCCdddEEEfffGGGhhh/sendMessage");
    expect(line).not.toMatch(/0912|84912345678|a\.b@|AAAbbb/);
  });
});

describe("log scrubbing keeps ids", () => {
  it("does not mistake a Telegram group id for a phone number", () => {
    expect(scrub("chat -1001234567890")).toBe("chat -1001234567890");
  });
});
