// A real process is killed (SIGKILL) halfway through a broadcast and started again: every chat
// still gets the reminder, and only the message in flight at the kill may arrive twice.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { applySchedule, readScheduleFile, validateSchedule } from "../../src/flows/reminders/schedule-import.js";
import { openMigratedStore } from "../../src/store/db.js";
import { FakeTelegramServer } from "../fakes/telegram-fake-server.js";
import { fixtureCsv } from "./helpers.js";
import { freshDatabaseUrl } from "../helpers/test-db.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WORKER = path.join(ROOT, "test/reminders/fixtures/broadcast-worker.ts");
const GROUPS = 45;
const OFFICERS = 15;
const KILL_AFTER = 20;

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

function startWorker(env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
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

async function prepareDatabase(url: string): Promise<string[]> {
  const store = await openMigratedStore(url);
  const read = await readScheduleFile(fixtureCsv(), "lich.csv");
  const v = validateSchedule(read.ok ? read.rows : []);
  if (!v.ok) throw new Error("fixture should be valid");
  await applySchedule(store, v.rows, { now: new Date("2026-01-10T02:00:00Z"), tz: "Asia/Ho_Chi_Minh", log: pino({ level: "silent" }) });
  const chats: string[] = [];
  for (let i = 0; i < GROUPS; i++) {
    const id = String(-1002000000 - i);
    await store.chat.create({ data: { channel: "telegram", externalId: id, kind: "group", province: "Thành phố Hà Nội", audience: "so" } });
    chats.push(id);
  }
  for (let i = 0; i < OFFICERS; i++) {
    const id = String(3000000 + i);
    await store.person.create({ data: { channel: "telegram", externalId: id, privateChatId: id } });
    await store.officer.create({
      data: {
        channel: "telegram", externalUserId: id, province: "Hà Nội", unitKind: "so_vhttdl", unitName: "Sở VHTTDL", fullName: `Cán bộ ${i}`,
        position: "Chuyên viên", phone: "0900000000", email: "canbo@example.org", role: "phoi_hop", consentAt: new Date("2026-01-05T00:00:00Z"),
      },
    });
    chats.push(id);
  }
  await store.$disconnect();
  return chats;
}

describe("restart during a broadcast", () => {
  it("loses no reminder and repeats at most the one in flight when the process is killed", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "reminders-restart-"));
    const url = await freshDatabaseUrl(dir);
    const chats = await prepareDatabase(url);
    // Slow enough per call that the kill lands mid-broadcast, with a message in flight.
    fake = await FakeTelegramServer.start({ sendDelayMs: 25 });
    const env = {
      ...process.env,
      DATABASE_URL: url,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      // 16:00 on 18/01 in Hà Nội: the day-before reminder of D1-01 is due.
      FAKE_NOW: "2026-01-18T09:00:00Z",
      LOG_LEVEL: "warn",
      // The bot's zone (config TZ, default Asia/Ho_Chi_Minh) — whatever the machine runs in.
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
    expect([...perChat.keys()].sort()).toEqual([...chats].sort());
    const repeated = [...perChat].filter(([, n]) => n > 1);
    expect(fake.messages.length - chats.length).toBeLessThanOrEqual(1);
    for (const [chat] of repeated) expect(chat).toBe(inFlightChat);

    const store = await openMigratedStore(url);
    const rows = await store.outbox.findMany({ where: { kind: "reminder" } });
    await store.$disconnect();
    expect(rows).toHaveLength(chats.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["sent"]));
    // Two real processes on a shared 2-core machine: it takes ~27 s alone under load, so the
    // default 30 s limit failed it whenever another process-heavy test ran at the same time.
  }, 120_000);
});
