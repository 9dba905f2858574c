// GET /metrics after some traffic: the text parses as Prometheus exposition format, the counters
// moved with what happened, the database gauges match the rows, and no personal data leaks out.
// GET /healthz: the database's and each platform's state.
import path from "node:path";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Feature } from "../../src/bot/context.js";
import { createOutbox, createOutboxSender, TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { createRouter } from "../../src/bot/router.js";
import { SendError, type ChannelSender } from "../../src/bot/types.js";
import { createAskFeature } from "../../src/flows/ask/index.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";
import { createBotJobRunner } from "../../src/bot-jobs.js";
import { createReminderPlanner } from "../../src/flows/reminders/index.js";
import { createHealthCheck } from "../../src/health.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { createMetrics, type MetricsRegistry } from "../../src/metrics.js";
import { Conversation, createHarness, type Harness } from "../helpers/harness.js";
import { serveEdge } from "../helpers/http-edge.js";

const GUIDANCE = path.resolve(__dirname, "../../../shared/guidance");
const TOKEN = "metrics-token-0123456789";
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE });
});

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function serveMetrics(metrics: MetricsRegistry, token?: string) {
  const edge = await serveEdge([], { metrics: { render: metrics.render, contentType: metrics.contentType, token } });
  closers.push(edge.close);
  return edge.base;
}

type Parsed = { name: string; type: string; metrics: { value: string; labels?: Record<string, string> }[] }[];

/** The value of one sample, found by family name and labels (undefined when absent). */
function sample(parsed: Parsed, name: string, labels: Record<string, string> = {}): number | undefined {
  const family = parsed.find((f) => f.name === name);
  const hit = family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  return hit ? Number(hit.value) : undefined;
}

async function traffic(h: Harness) {
  // Two questions in private chats: one answered from the letters, one declined.
  const features: Feature[] = [];
  features.push(createOnboardingFeature(() => features), createAskFeature({ kb }));
  const convo = new Conversation(createRouter(h.deps, features), { name: "Nguyễn Thị Lan", userId: "u-secret-42" });
  await convo.say("Hạn gửi danh sách cán bộ đầu mối là ngày nào?");
  await convo.say("Giá vàng hôm nay?");
  await new Conversation(createRouter(h.deps, features), { channel: "zalo", userId: "z-7" }).say("/start");

  // Three Telegram sends: one delivered, one refused for good, one that waits after a transient error.
  const outbox = createOutbox(h.store, h.clock);
  for (const id of ["c1", "c2", "c3"]) {
    await outbox.enqueue({ dedupeKey: `m:${id}`, channel: "telegram", chatId: id, reply: { text: "Xin chào" }, kind: "test" });
  }
  const failures = [new SendError("blocked", "permanent"), new SendError("flaky", "transient")];
  const fake: ChannelSender = {
    channel: "telegram",
    async send() {
      const f = failures.shift();
      if (f) throw f;
      return { messageId: "1" };
    },
  };
  const sender = createOutboxSender({
    store: h.store,
    clock: h.clock,
    log: h.deps.log,
    senders: new Map([["telegram", fake]]),
    pacing: { telegram: TELEGRAM_PACING },
    maxAttempts: 5,
    metrics: h.deps.metrics,
    sleep: async (ms) => h.clock.advance(Math.max(ms, 1)),
  });
  await sender.drainOnce();

  // A Zalo message no sender here can deliver: pending and due, it ages with the clock.
  await outbox.enqueue({ dedupeKey: "m:z", channel: "zalo", chatId: "z-7", reply: { text: "Xin chào" }, kind: "test" });
  await h.store.ticket.create({ data: { channel: "telegram", chatId: "u-secret-42", chatKind: "private", userId: "u-secret-42", userName: "Nguyễn Thị Lan", question: "Cần hỗ trợ" } });
  await h.store.ticket.create({ data: { channel: "telegram", chatId: "c9", chatKind: "private", userId: "c9", question: "Đã xong", status: "closed" } });

  // The planner runs as production runs it: a job of the bot's job runner, which records each pass.
  const planner = createReminderPlanner({ store: h.store, clock: h.clock, config: h.config, log: h.deps.log });
  let plannerRan!: () => void;
  const ran = new Promise<void>((resolve) => (plannerRan = resolve));
  const jobs = createBotJobRunner(
    { store: h.store, clock: h.clock, log: h.deps.log, owner: "test", leaseMs: 30_000, onRun: (name) => (h.deps.metrics!.jobRan(name), name === "reminder_planner" && plannerRan()) },
    { store: h.store, clock: h.clock, log: h.deps.log, outboxSender: { drainOnce: async () => 0, renewLeases: async () => undefined }, planner },
  );
  jobs.start();
  await ran;
  await jobs.stop();
}

describe("GET /metrics", () => {
  it("serves Prometheus text whose counters and gauges follow the traffic, without personal data", async () => {
    const h = await createHarness();
    const metrics = createMetrics({ store: h.store, clock: h.clock });
    h.deps.metrics = metrics;
    const base = await serveMetrics(metrics);

    const before = parsePrometheusTextFormat(await (await fetch(`${base}/metrics`)).text()) as Parsed;
    expect(sample(before, "bot_updates_handled_total", { channel: "telegram" })).toBeUndefined();
    expect(sample(before, "bot_outbox_pending")).toBe(0);

    await traffic(h);
    h.clock.advance(90_000);

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const parsed = parsePrometheusTextFormat(text) as Parsed;
    expect(parsed.find((f) => f.name === "bot_answers_total")?.type).toBe("COUNTER");
    expect(sample(parsed, "bot_updates_handled_total", { channel: "telegram" })).toBe(2);
    expect(sample(parsed, "bot_updates_handled_total", { channel: "zalo" })).toBe(1);
    expect(sample(parsed, "bot_answers_total", { decision: "answered" })).toBe(1);
    expect(sample(parsed, "bot_answers_total", { decision: "declined" })).toBe(1);
    expect(sample(parsed, "bot_outbox_sends_total", { channel: "telegram", result: "sent" })).toBe(1);
    expect(sample(parsed, "bot_outbox_sends_total", { channel: "telegram", result: "permanent" })).toBe(1);
    expect(sample(parsed, "bot_outbox_sends_total", { channel: "telegram", result: "transient" })).toBe(1);
    // The transient failure and the Zalo row are pending; the Zalo row has been due for 90 s.
    expect(sample(parsed, "bot_outbox_pending")).toBe(2);
    expect(sample(parsed, "bot_outbox_oldest_due_age_seconds")).toBeGreaterThanOrEqual(90);
    expect(sample(parsed, "bot_tickets_open")).toBe(1);
    expect(sample(parsed, "bot_job_last_run_age_seconds", { job: "reminder_planner" })).toBeGreaterThanOrEqual(90);

    for (const personal of ["u-secret-42", "Lan", "Nguyễn", "z-7", "Giá vàng", "c1"]) expect(text).not.toContain(personal);
  });

  it("answers only loopback clients without a token, and only the right bearer token with one", async () => {
    const h = await createHarness();
    const metrics = createMetrics({ store: h.store, clock: h.clock });
    const open = await serveMetrics(metrics);
    expect((await fetch(`${open}/metrics`)).status).toBe(200);

    const guarded = await serveMetrics(metrics, TOKEN);
    expect((await fetch(`${guarded}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    const ok = await fetch(`${guarded}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("bot_outbox_pending 0");
  });
});

describe("GET /healthz", () => {
  it("reports the database and each platform, and is degraded while one is down or starting", async () => {
    const h = await createHarness();
    let platforms: Record<string, "ok" | "starting"> = { telegram: "ok", zalo: "starting" };
    const health = createHealthCheck({ store: h.store, stopping: () => false, platforms: () => platforms });
    const edge = await serveEdge([], { health });
    closers.push(edge.close);

    let res = await fetch(`${edge.base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", database: "ok", platforms, waiting: ["zalo"] });

    platforms = { telegram: "ok", zalo: "ok" };
    res = await fetch(`${edge.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok", platforms });

  });

  it("is degraded when the database refuses the query (Prisma reconnects after $disconnect, so a failing store stands in)", async () => {
    const failing = { $queryRaw: () => Promise.reject(new Error("database is locked")) } as never;
    const health = createHealthCheck({ store: failing, stopping: () => false, platforms: () => ({ telegram: "ok" }) });
    const edge = await serveEdge([], { health });
    closers.push(edge.close);
    const res = await fetch(`${edge.base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", database: "down", platforms: { telegram: "ok" } });
  });

  it("counts a database that does not answer in time as down", async () => {
    const hanging = { $queryRaw: () => new Promise<never>(() => undefined) } as never;
    const health = createHealthCheck({ store: hanging, stopping: () => false, platforms: () => ({}), dbTimeoutMs: 50 });
    expect(await health()).toEqual({ status: "degraded", database: "down", platforms: {} });
  });
});
