// Platform and machine faults against the real bot process (src/main.ts) on the Zalo webhook:
// the API down at start, a 429 storm, a hung request, a locked database, and SIGKILL in the middle
// of a form. Timeouts are shortened through the environment so the tests stay quick.
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";
import { freePort, startBot, tempDir, type BotProcess } from "../helpers/bot-process.js";
import { freshDatabaseUrl } from "../helpers/test-db.js";

const SECRET = "faults-webhook-secret-1";
const running: BotProcess[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const b of running.splice(0)) if (b.proc.exitCode === null) b.proc.kill("SIGKILL");
  for (const c of closers.splice(0)) await c();
});

interface Started {
  bot: BotProcess;
  base: string;
  post(update: unknown): Promise<number>;
}

async function start(apiRoot: string, token: string, env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const bot = startBot({
    ZALO_BOT_TOKEN: token,
    ZALO_API_ROOT: apiRoot,
    ZALO_WEBHOOK_URL: "https://bot.example.org/zalo/webhook",
    ZALO_WEBHOOK_SECRET: SECRET,
    HTTP_PORT: String(port),
    KB_DOCS_DIR: tempDir("faults-kb-"),
    STARTUP_RETRY_MAX_SECONDS: "1",
    API_TIMEOUT_SECONDS: "2",
    ...env,
  });
  running.push(bot);
  const base = `http://127.0.0.1:${port}`;
  const post = async (update: unknown) =>
    (
      await fetch(`${base}/zalo/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      })
    ).status;
  return { bot, base, post };
}

let n = 0;
const say = (user: string, text: string) => textUpdate({ text, fromId: user, messageId: `${user}-${++n}` });

async function sentTo(fake: FakeZaloServer, chatId: string, pattern: RegExp, timeoutMs = 20_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const texts = fake.sent.filter((s) => s.chat_id === chatId).map((s) => s.text);
    if (texts.some((t) => pattern.test(t))) return texts;
    if (Date.now() > until) throw new Error(`nothing matching ${pattern} sent to ${chatId}; got ${JSON.stringify(texts)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port that refuses connections until `up()`, then forwards to the fake API. */
async function flakyApi(fake: FakeZaloServer): Promise<{ root: string; up(): Promise<void> }> {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void fetch(`${fake.baseUrl}${req.url ?? "/"}`, {
        method: req.method,
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        ...(req.method === "GET" || req.method === "HEAD" ? {} : { body: Buffer.concat(chunks) }),
      })
        .then(async (r) => {
          res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
          res.end(await r.text());
        })
        .catch(() => res.destroy());
    });
  });
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  return { root: `http://127.0.0.1:${port}`, up: () => new Promise<void>((r) => server.listen(port, "127.0.0.1", () => r())) };
}

describe("faults, real process", () => {
  let fake: FakeZaloServer;
  const fakeZalo = async () => {
    const f = await FakeZaloServer.start();
    closers.push(() => f.close());
    return f;
  };

  it("API down at start: /healthz says degraded while the bot retries, then it serves", async () => {
    fake = await fakeZalo();
    const api = await flakyApi(fake);
    const s = await start(api.root, fake.token);
    await s.bot.waitFor(/channel start failed; retrying/, 30_000);
    const degraded = await fetch(`${s.base}/healthz`);
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toEqual({ status: "degraded", database: "ok", platforms: { zalo: "starting" }, waiting: ["zalo"] });

    await api.up();
    await s.bot.waitFor(/bot started/, 30_000);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect(fake.callsOf("setWebhook")).toHaveLength(1);
    expect(await s.post(say("down1", "/start"))).toBe(200);
    await sentTo(fake, "down1", /trợ lý tự động/);
    expect(await s.bot.stop()).toBe(0);
  }, 90_000);

  it("a 429 storm, a hung request and a locked database: nothing crashes, nothing is lost", async () => {
    fake = await fakeZalo();
    const dir = tempDir("faults-db-");
    const dbFile = path.join(dir, "bot.db");
    const s = await start(fake.baseUrl, fake.token, { DATABASE_URL: `file:${dbFile}` });
    await s.bot.waitFor(/bot started/, 60_000);

    // 429 storm: every user is still answered, each once.
    fake.failNextSendMessage(5, 429);
    for (const u of ["s1", "s2", "s3"]) expect(await s.post(say(u, "/start"))).toBe(200);
    for (const u of ["s1", "s2", "s3"]) {
      const texts = await sentTo(fake, u, /trợ lý tự động/, 40_000);
      expect(texts.filter((t) => /trợ lý tự động/.test(t))).toHaveLength(1);
    }

    // A request that hangs (as for 30 s) is given up after API_TIMEOUT_SECONDS and sent again.
    fake.stallNext("sendMessage", 1);
    expect(await s.post(say("h1", "/start"))).toBe(200);
    await sentTo(fake, "h1", /trợ lý tự động/, 30_000);
    expect(s.bot.proc.exitCode).toBeNull();

    // Locked database: another program holds an exclusive lock for longer than the busy wait.
    const other = new Database(dbFile);
    other.exec("BEGIN EXCLUSIVE");
    expect(await s.post(say("l1", "/start"))).toBe(200);
    await new Promise((r) => setTimeout(r, 7_000));
    other.exec("ROLLBACK");
    other.close();
    // The person got a reply (a polite apology if the lock outlasted the wait), and the bot serves on.
    const during = await sentTo(fake, "l1", /./, 30_000);
    expect(during.join("\n")).toMatch(/trợ lý tự động|sự cố/);
    expect(await s.post(say("l1", "/help"))).toBe(200);
    await sentTo(fake, "l1", /\/start/, 30_000);
    expect(s.bot.proc.exitCode).toBeNull();
    expect(await s.bot.stop()).toBe(0);
  }, 180_000);

  it("SIGKILL in the middle of a form: after a restart the form goes on where it was", async () => {
    fake = await fakeZalo();
    const dbUrl = await freshDatabaseUrl(tempDir("faults-form-"));
    const first = await start(fake.baseUrl, fake.token, { DATABASE_URL: dbUrl });
    await first.bot.waitFor(/bot started/, 60_000);
    await first.post(say("f1", "/dangky"));
    await sentTo(fake, "f1", /tỉnh, thành phố nào/);
    await first.post(say("f1", "Nghệ An"));
    await sentTo(fake, "f1", /loại đơn vị nào/);
    first.bot.proc.kill("SIGKILL");
    await first.bot.exited;

    const second = await start(fake.baseUrl, fake.token, { DATABASE_URL: dbUrl });
    await second.bot.waitFor(/bot started/, 60_000);
    await second.post(say("f1", "UBND xã"));
    await sentTo(fake, "f1", /Tên đơn vị/);
    expect(await second.bot.stop()).toBe(0);
  }, 180_000);
});
