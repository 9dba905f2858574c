// A broadcast interrupted by a crash: a real worker process (test/helpers/restart-worker.ts, the
// production job list on the job runner) sends to a fake Telegram, is killed (SIGKILL) once a given
// number of messages has arrived, and is started again on the same database until nothing is left
// to send. The restart tests then count deliveries per chat.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { openMigratedStore } from "../../src/store/db.js";
import { FakeTelegramServer, type FakeTelegramCall, type FakeTelegramMessage } from "../fakes/telegram-fake-server.js";
import { ROOT, tempDir } from "./bot-process.js";
import { freshDatabaseUrl } from "./test-db.js";

const WORKER = path.join(ROOT, "test/helpers/restart-worker.ts");

export interface RestartOptions {
  /** Prefix of the temporary folder (SQLite file). */
  name: string;
  /** Fills the fresh database; returns the chats that must each get the message. */
  prepare(url: string): Promise<string[]>;
  /** The worker is killed when this many messages have arrived. */
  killAfter: number;
  /** Time of the first start; the second start is 30 s later (claims of the killed one have run out). */
  now: string;
  /** Delay of each send at the fake, so that a message is in flight at the kill. */
  sendDelayMs: number;
  /** Overall pace of the worker's sender (default: Telegram's). */
  perSecond?: number;
}

export interface RestartRun {
  chats: string[];
  messages: FakeTelegramMessage[];
  calls: FakeTelegramCall[];
  /** The chat whose message was arriving when the worker was killed. */
  inFlightChat: string | undefined;
  /** Chats that got no message. */
  missing: string[];
  /** Chats that got a message without being among `chats`. */
  unexpected: string[];
  /** Chats that got the message more than once. */
  repeated: string[];
  /** Deliveries beyond one per chat. */
  extra: number;
  /** Outbox rows after the run, by kind and status. */
  outbox: { kind: string; status: string; count: number }[];
}

const children: ChildProcess[] = [];

/** For afterEach: a test that failed or timed out leaves no worker behind. */
export function killRestartWorkers(): void {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
}

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

export async function killAndRestartDuringBroadcast(o: RestartOptions): Promise<RestartRun> {
  const dir = tempDir(`${o.name}-`);
  let fake: FakeTelegramServer | undefined;
  try {
    const url = await freshDatabaseUrl(dir);
    const chats = await o.prepare(url);
    fake = await FakeTelegramServer.start({ sendDelayMs: o.sendDelayMs });
    const env = {
      ...process.env,
      DATABASE_URL: url,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      FAKE_NOW: o.now,
      ...(o.perSecond ? { PER_SECOND: String(o.perSecond) } : {}),
      LOG_LEVEL: "warn",
      // The bot's zone (config TZ, default Asia/Ho_Chi_Minh), whatever the machine runs in.
      TZ: "",
    };

    const first = startWorker(env);
    let inFlightChat: string | undefined;
    const platform = fake;
    platform.onMessage = (m) => {
      if (platform.messages.length === o.killAfter) {
        inFlightChat = m.chatId;
        first.child.kill("SIGKILL");
      }
    };
    const killed = await first.exited;
    expect(killed.signal, `exit ${killed.code}: ${killed.stderr}`).toBe("SIGKILL");
    platform.onMessage = undefined;
    expect(platform.messages).toHaveLength(o.killAfter);

    const second = startWorker({ ...env, FAKE_NOW: new Date(Date.parse(o.now) + 30_000).toISOString() });
    const done = await second.exited;
    expect(done.code, done.stderr).toBe(0);

    const perChat = new Map<string, number>();
    for (const m of platform.messages) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    return {
      chats,
      messages: [...platform.messages],
      calls: [...platform.calls],
      inFlightChat,
      missing: chats.filter((c) => !perChat.has(c)),
      unexpected: [...perChat.keys()].filter((c) => !chats.includes(c)),
      repeated: [...perChat].filter(([, n]) => n > 1).map(([c]) => c),
      extra: platform.messages.length - chats.length,
      outbox: await outboxByStatus(url),
    };
  } finally {
    killRestartWorkers();
    await fake?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function outboxByStatus(url: string): Promise<RestartRun["outbox"]> {
  const store = await openMigratedStore(url);
  try {
    const rows = await store.outbox.groupBy({ by: ["kind", "status"], _count: { _all: true }, orderBy: [{ kind: "asc" }, { status: "asc" }] });
    return rows.map((r) => ({ kind: r.kind, status: r.status, count: r._count._all }));
  } finally {
    await store.$disconnect();
  }
}
