// A real process is killed (SIGKILL) halfway through a 1,000-chat announcement and started again:
// every chat gets it, and only the message in flight at the kill may arrive twice.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { FakeClock } from "../../src/clock.js";
import { createAnnouncementService } from "../../src/flows/announcements/service.js";
import { announcements as t } from "../../src/messages/index.js";
import { openMigratedStore } from "../../src/store/db.js";
import { FakeTelegramServer } from "../fakes/telegram-fake-server.js";
import { ROOT, tempDir } from "../helpers/bot-process.js";
import { freshDatabaseUrl } from "../helpers/test-db.js";

const WORKER = path.join(ROOT, "test/announcements/fixtures/announce-worker.ts");
const CHATS = 1000;
const KILL_AFTER = 500;
const NOW = "2026-01-18T09:00:00Z";
// Markup characters arrive as typed: the text is sent without a parse mode, so Telegram cannot refuse it.
const TEXT = "Hạn gửi <b>danh sách</b> *cán bộ đầu mối* được gia hạn đến 23/01_2026 [xem /hoso].";

const children: ChildProcess[] = [];
let fake: FakeTelegramServer | undefined;
let dir: string | undefined;

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await fake?.close();
  fake = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function startWorker(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

/** 1,000 linked groups and one announcement to all of them, queued now. */
async function prepare(url: string): Promise<string[]> {
  const store = await openMigratedStore(url);
  const chats = Array.from({ length: CHATS }, (_, i) => String(-1003000000 - i));
  await store.chat.createMany({
    data: chats.map((id, i) => ({ channel: "telegram", externalId: id, kind: "group", title: `Nhóm ${i}`, province: "Thành phố Hà Nội", audience: "all" })),
  });
  const service = createAnnouncementService({ store, clock: new FakeClock(NOW), log: pino({ level: "silent" }) });
  const r = await service.create({ text: TEXT, audience: "all", provinces: [] }, "telegram:900");
  expect(r).toMatchObject({ ok: true, total: CHATS });
  await store.$disconnect();
  return chats;
}

describe("restart during an announcement", () => {
  it("leaves 0 chats missing and repeats at most the message in flight when the process is killed", async () => {
    dir = tempDir("announce-restart-");
    const url = await freshDatabaseUrl(dir);
    const chats = await prepare(url);
    fake = await FakeTelegramServer.start({ sendDelayMs: 5 });
    const env = {
      ...process.env,
      DATABASE_URL: url,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      FAKE_NOW: NOW,
      PER_SECOND: "400",
      LOG_LEVEL: "warn",
      TZ: "",
    };

    const first = startWorker(env);
    let inFlightChat: string | undefined;
    fake.onMessage = (m) => {
      if (fake!.messages.length === KILL_AFTER) {
        inFlightChat = m.chatId;
        first.child.kill("SIGKILL");
      }
    };
    const killed = await first.exited;
    expect(killed.signal, `exit ${killed.code}: ${killed.stderr}`).toBe("SIGKILL");
    fake.onMessage = undefined;
    expect(fake.messages).toHaveLength(KILL_AFTER);

    const second = startWorker({ ...env, FAKE_NOW: "2026-01-18T09:00:30Z" });
    const done = await second.exited;
    expect(done.code, done.stderr).toBe(0);

    const perChat = new Map<string, number>();
    for (const m of fake.messages) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    const missing = chats.filter((c) => !perChat.has(c));
    expect(missing).toEqual([]);
    expect(perChat.size).toBe(CHATS);
    const repeated = [...perChat].filter(([, n]) => n > 1).map(([c]) => c);
    expect(fake.messages.length - CHATS).toBeLessThanOrEqual(1);
    for (const chat of repeated) expect(chat).toBe(inFlightChat);
    expect(new Set(fake.messages.map((m) => m.text))).toEqual(new Set([`${t.header}\n\n${TEXT}`]));
    expect(fake.calls.filter((c) => c.method === "sendMessage" && c.params.parse_mode !== undefined)).toEqual([]);

    const store = await openMigratedStore(url);
    const rows = await store.outbox.groupBy({ by: ["status"], where: { kind: "announcement" }, _count: { _all: true } });
    await store.$disconnect();
    expect(rows).toEqual([{ status: "sent", _count: { _all: CHATS } }]);
    console.log(`announcement restart: ${CHATS} chats, killed after ${KILL_AFTER}, missing ${missing.length}, repeated ${repeated.length}`);
  }, 300_000);
});
