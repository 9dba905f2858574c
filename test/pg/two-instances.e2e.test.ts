// Two real bot processes (src/main.ts) on one PostgreSQL, behind a "load balancer" that splits the
// Telegram webhooks between them, against a fake Telegram: a 500-chat reminder broadcast reaches
// every chat exactly once; SIGKILL of one instance halfway loses nothing and the other finishes
// once the dead one's claims run out; a letter uploaded through one instance is answered by the
// other within seconds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../../src/store/db.js";
import { FakeTelegramServer } from "../fakes/telegram-fake-server.js";
import { freePort, startBot, tempDir, type BotProcess } from "../helpers/bot-process.js";
import { privateDocument, privateText } from "../helpers/telegram-recorder.js";
import { postgresForSuite, scratchPgDatabase } from "../helpers/test-db.js";
import { SANDBOX_LETTER as LETTER } from "../helpers/letters.js";

const reachable = await postgresForSuite("test/pg/two-instances");
const SECRET = "two-instances-secret-42";
const HOOK = "/hook/telegram";
const CHATS = 500;
const LEASE_SECONDS = 10;
const ADMIN = 777001;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

interface Instance {
  bot: BotProcess;
  post(update: unknown): Promise<number>;
}

/** A database with one online session starting in an hour and `dueInMs`, linked to CHATS groups. */
async function prepare(dueInMs: number): Promise<{ url: string; groups: Set<string> }> {
  const db = await scratchPgDatabase();
  cleanups.push(db.drop);
  const store = await openMigratedStore(db.url, { poolMax: 2, idleMs: 500 });
  const startsAt = new Date(Date.now() + 60 * 60_000 + dueInMs);
  await store.trainingSession.create({
    data: { sessionId: "HN-01", startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), provinces: "Thành phố Hà Nội", audience: "all", mode: "online", location: "Zoom", topic: "Tập huấn vận hành" },
  });
  const groups = new Set<string>();
  const rows = Array.from({ length: CHATS }, (_, i) => {
    const id = String(-1003000000 - i);
    groups.add(id);
    return { channel: "telegram", externalId: id, kind: "group", province: "Thành phố Hà Nội", audience: "all" };
  });
  await store.chat.createMany({ data: rows });
  await store.$disconnect();
  return { url: db.url, groups };
}

async function startInstance(fake: FakeTelegramServer, url: string): Promise<Instance> {
  const port = await freePort();
  const bot = startBot({
    DATABASE_URL: url,
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: `https://bot.example.org${HOOK}`,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    HTTP_PORT: String(port),
    REMINDER_OFFSETS: "60m",
    LEASE_SECONDS: String(LEASE_SECONDS),
    ADMIN_IDS: `telegram:${ADMIN}`,
    KB_DOCS_DIR: tempDir("two-instances-kb-"),
  });
  cleanups.push(async () => {
    if (bot.proc.exitCode === null && bot.proc.signalCode === null) bot.proc.kill("SIGKILL");
  });
  const post = async (update: unknown) =>
    (
      await fetch(`http://127.0.0.1:${port}${HOOK}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      })
    ).status;
  return { bot, post };
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const groupMessages = (fake: FakeTelegramServer, groups: Set<string>) => fake.messages.filter((m) => groups.has(m.chatId));
const perChat = (messages: { chatId: string }[]) => {
  const m = new Map<string, number>();
  for (const x of messages) m.set(x.chatId, (m.get(x.chatId) ?? 0) + 1);
  return m;
};

describe.skipIf(!reachable)("two bot instances on one PostgreSQL", () => {
  let fake: FakeTelegramServer;
  let a: Instance;
  let b: Instance;
  let broadcast: { url: string; groups: Set<string> };

  beforeAll(async () => {
    fake = await FakeTelegramServer.start();
    cleanups.push(() => fake.close());
    broadcast = await prepare(30_000);
    [a, b] = await Promise.all([startInstance(fake, broadcast.url), startInstance(fake, broadcast.url)]);
    await Promise.all([a.bot.waitFor(/bot started/, 90_000), b.bot.waitFor(/bot started/, 90_000)]);
  }, 120_000);

  it("split webhooks are each answered once, and a 500-chat broadcast reaches every chat exactly once", async () => {
    // The load balancer: users alternate between the instances.
    const users = Array.from({ length: 20 }, (_, i) => 880000 + i);
    for (const [i, u] of users.entries()) expect(await (i % 2 ? b : a).post(privateText("/start", { userId: u }))).toBe(200);
    await until("a welcome for every user", () => users.every((u) => fake.messages.some((m) => m.chatId === String(u))), 30_000);

    await until("the reminder in every group", () => perChat(groupMessages(fake, broadcast.groups)).size === CHATS || undefined, 150_000);
    await new Promise((r) => setTimeout(r, 1_000)); // a late duplicate would show up now
    const counts = perChat(groupMessages(fake, broadcast.groups));
    expect(counts.size).toBe(CHATS);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    for (const u of users) expect(fake.messages.filter((m) => m.chatId === String(u))).toHaveLength(1);

    // Both instances sent part of it (each claims rows under its own name).
    const store = await openMigratedStore(broadcast.url, { poolMax: 1, idleMs: 200 });
    const owners = await store.outbox.groupBy({ by: ["leasedBy"], where: { kind: "reminder", status: "sent" }, _count: true });
    await store.$disconnect();
    expect(owners.length).toBe(2);
    const times = groupMessages(fake, broadcast.groups).map((m) => m.at);
    const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
    // Shared pacing: both together keep to Telegram's ~28 messages per second.
    expect(CHATS / seconds).toBeLessThanOrEqual(30);
    console.log(`two instances: ${CHATS} chats in ${seconds.toFixed(1)} s (${(CHATS / seconds).toFixed(1)}/s), split ${owners.map((o) => o._count).join(" + ")}`);
  }, 200_000);

  it("a letter uploaded through instance A is answered by instance B within 5 s", async () => {
    fake.files.set("letter-sandbox", Buffer.from(LETTER));
    const adminChat = String(ADMIN);
    expect(await a.post(privateDocument({ userId: ADMIN, fileId: "letter-sandbox", fileName: "huong-dan-sandbox.txt", mimeType: "text/plain", size: Buffer.byteLength(LETTER) }))).toBe(200);
    const ack = await until("the upload's confirmation", () => fake.messages.find((m) => m.chatId === adminChat && /Đã bổ sung văn bản/.test(m.text)), 60_000);
    let asker = 990000;
    let answeredAt: number | undefined;
    while (answeredAt === undefined && Date.now() - ack.at < 15_000) {
      const user = String(++asker);
      await b.post(privateText("Mỗi địa phương được cấp bao nhiêu tài khoản sandbox?", { userId: asker }));
      const reply = await until(`B's answer to ${user}`, () => fake.messages.find((m) => m.chatId === user), 20_000);
      if (/03 tài khoản sandbox/.test(reply.text)) answeredAt = reply.at;
      else await new Promise((r) => setTimeout(r, 250));
    }
    expect(answeredAt, "B never answered from the letter").toBeDefined();
    console.log(`letter uploaded through A answered by B ${((answeredAt! - ack.at) / 1000).toFixed(1)} s after the upload was confirmed`);
    expect(answeredAt! - ack.at).toBeLessThanOrEqual(5_000);
  }, 120_000);
});

describe.skipIf(!reachable)("SIGKILL of one of two instances in the middle of a broadcast", () => {
  it("loses nothing, repeats at most the message in flight, and the other finishes once the dead one's claims run out", async () => {
    const fake = await FakeTelegramServer.start();
    cleanups.push(() => fake.close());
    const { url, groups } = await prepare(30_000);
    const [a, b] = await Promise.all([startInstance(fake, url), startInstance(fake, url)]);
    await Promise.all([a.bot.waitFor(/bot started/, 90_000), b.bot.waitFor(/bot started/, 90_000)]);

    let killedAt: number | undefined;
    fake.onMessage = (m) => {
      if (killedAt === undefined && groups.has(m.chatId) && perChat(groupMessages(fake, groups)).size >= CHATS / 2) {
        killedAt = Date.now();
        a.bot.proc.kill("SIGKILL");
      }
    };
    await until("the reminder in every group", () => perChat(groupMessages(fake, groups)).size === CHATS || undefined, 200_000);
    fake.onMessage = undefined;
    expect(killedAt, "the kill happened").toBeDefined();
    expect(a.bot.proc.signalCode ?? (await a.bot.exited, a.bot.proc.signalCode)).toBe("SIGKILL");
    const lastNew = Math.max(...[...perChat(groupMessages(fake, groups)).keys()].map((c) => fake.messages.find((m) => m.chatId === c)!.at));
    await new Promise((r) => setTimeout(r, 1_000));
    const counts = perChat(groupMessages(fake, groups));
    expect(counts.size).toBe(CHATS); // nothing lost
    const repeated = [...counts.values()].filter((n) => n > 1);
    expect(repeated.length).toBeLessThanOrEqual(1); // at most the one A had in flight
    const afterKill = (lastNew - killedAt!) / 1000;
    console.log(`SIGKILL at ${CHATS / 2} of ${CHATS}: the survivor finished ${afterKill.toFixed(1)} s later (lease ${LEASE_SECONDS} s), ${repeated.length} repeated`);
    // The dead instance's claims come back after one lease; the rest goes on meanwhile.
    expect(afterKill).toBeLessThanOrEqual(LEASE_SECONDS + 5);
    expect(b.bot.proc.exitCode).toBeNull();
  }, 300_000);
});
