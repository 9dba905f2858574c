// Webhook throughput: the issue's own way of measuring (updates through the webhook, replies to a
// fake Bot API that answers at once), with real processes and real HTTP on loopback. The bot is
// `src/main.ts` itself in webhook mode, run as `npm start` runs it (bench/lib/runtime.ts), on an
// SQLite file with the real letters; the baseline is a bare grammY echo bot behind a fastify
// webhook (bench/lib/echo-webhook.ts) with the same settings, the same Bot API and the same load.
// The load: the throughput section's simulated officers, a few webhook deliveries in flight at once.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { benchQuestions, findDocsDir } from "../lib/corpus.js";
import { BENCH_BOT, BENCH_TOKEN, FakeTelegramApi } from "../lib/fake-telegram.js";
import { drive, officersFor, type RunResult } from "../lib/drive.js";
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from "../lib/runtime.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round } from "../lib/stats.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SECRET = "bench-webhook-secret";

/** The Bot API on loopback: every call answered at once, as the in-process fake does. */
async function startBotApi(api: FakeTelegramApi): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const method = (req.url ?? "").split("/").pop() ?? "";
      const text = Buffer.concat(chunks).toString("utf8");
      const payload = text.startsWith("{") ? (JSON.parse(text) as Record<string, unknown>) : {};
      const answer = method === "getMe" ? { ok: true, result: BENCH_BOT } : await api.transformer((() => undefined) as never, method as never, payload as never);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** CPU time (ms) a process has used so far, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime, fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Starts a server process and waits until `ready()` says it serves. */
async function startServer(script: string, env: Record<string, string>, ready: () => Promise<boolean>): Promise<ChildProcess> {
  // BENCH_CPU_PROF_DIR=dir writes a V8 CPU profile of each server there (where the time goes).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...profile, "--import", "tsx", script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...PRODUCTION_ENV, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    if (await ready().catch(() => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`${script} did not start`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/** Posts one update to the webhook as the platform would; counts answers other than 200. */
function poster(hookUrl: string, failures: { count: number }) {
  return async (u: Update): Promise<void> => {
    const res = await fetch(hookUrl, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(u) });
    await res.arrayBuffer();
    if (res.status !== 200) failures.count++;
  };
}

interface Scale {
  officers: number;
  updates: number;
  warmup: number;
}

/** One server under the same load: warm-up officers first (ids of their own), then the timed run. */
async function measure(script: string, env: Record<string, string>, scale: Scale, questions: readonly string[], api: FakeTelegramApi, port: number): Promise<RunResult & { failed: number }> {
  const hookUrl = `http://127.0.0.1:${port}/hook/telegram`;
  const ready = async () => {
    const probe = await fetch(hookUrl, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: "{}" });
    return probe.status === 400 || probe.status === 200;
  };
  const child = await startServer(script, { ...env, HTTP_PORT: String(port) }, ready);
  try {
    const failures = { count: 0 };
    const post = poster(hookUrl, failures);
    const serverCpuMs = () => cpuMsOf(child.pid!);
    await drive(officersFor(Math.ceil(scale.officers / 5), questions, true), scale.warmup, api, post, serverCpuMs);
    const result = await drive(officersFor(scale.officers, questions), scale.updates, api, post, serverCpuMs);
    return { ...result, failed: failures.count };
  } finally {
    await stopServer(child);
  }
}

interface Round {
  echo: RunResult & { failed: number };
  bot: RunResult & { failed: number };
  echoCalls: number;
  botCalls: number;
}

/** The echo, then the bot, each with its own loopback Bot API; the bot on a new SQLite file. */
async function measureRound(index: number, scale: Scale, questions: readonly string[], docsDir: string): Promise<Round> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-webhook-${index}-`));
  const echoApi = new FakeTelegramApi();
  const botApi = new FakeTelegramApi();
  const echoServer = await startBotApi(echoApi);
  const botServer = await startBotApi(botApi);
  try {
    const common = { TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_BOT_TOKEN: BENCH_TOKEN };
    const echo = await measure("bench/lib/echo-webhook.ts", { ...common, TELEGRAM_API_ROOT: echoServer.url }, scale, questions, echoApi, await freePort());
    const port = await freePort();
    const botEnv = {
      ...common,
      TELEGRAM_API_ROOT: botServer.url,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/hook/telegram`,
      DATABASE_URL: `file:${path.join(dir, "bot.db")}`,
      KB_DOCS_DIR: docsDir,
      // The production log level (info: a line per question answered), to /dev/null.
    };
    const bot = await measure("src/main.ts", botEnv, scale, questions, botApi, port);
    return { echo, bot, echoCalls: echoApi.calls, botCalls: botApi.calls };
  } finally {
    await echoServer.close();
    await botServer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const webhook: Section = {
  name: "webhook",
  title: "Thông lượng qua webhook HTTP (tiến trình thật) / Throughput through the HTTP webhook (real processes)",
  labels: {
    rounds: "interleaved rounds (best of each side counts)",
    updates: "timed updates per server",
    updates_per_s: "bot (updates/s)",
    p50_ms: "bot p50 (ms)",
    p99_ms: "bot p99 (ms)",
    cpu_ms_per_update: "bot process CPU per update (ms)",
    echo_updates_per_s: "grammY echo (updates/s)",
    echo_p99_ms: "grammY echo p99 (ms)",
    echo_cpu_ms_per_update: "echo process CPU per update (ms)",
    ratio_to_echo: "bot ÷ echo",
    failed: "webhook answers other than 200",
    api_calls_per_update: "Bot API calls per update (bot)",
    echo_api_calls_per_update: "Bot API calls per update (echo)",
  },
  async run(opts) {
    // Smoke: the processes' start-up dominates; a few hundred updates still give a rate and a p99.
    const scale: Scale = scaled(opts, {
      full: { officers: 1000, updates: 10_000, warmup: 1500 },
      quick: { officers: 120, updates: 1200, warmup: 300 },
      smoke: { officers: 20, updates: 200, warmup: 40 },
    });
    // Other load on a shared machine slows one run or another: echo and bot take turns, and each
    // side's best round counts (the same rule for both).
    const rounds = scaled(opts, { full: 3, quick: 1, smoke: 1 });
    const questions = await benchQuestions();
    const docsDir = findDocsDir(opts.docsDir) ?? path.join(ROOT, "kb-docs");
    const measured: Round[] = [];
    for (let i = 0; i < rounds; i++) measured.push(await measureRound(i, scale, questions, docsDir));
    const best = (side: "echo" | "bot") => measured.reduce((a, b) => (b[side].perSecond > a[side].perSecond ? b : a));
    const { bot, botCalls } = best("bot");
    const { echo, echoCalls } = best("echo");
    const updatesSent = scale.updates + scale.warmup;
    return {
      rounds,
      updates: bot.latencies.length,
      updates_per_s: round(bot.perSecond, 1),
      p50_ms: round(percentile(bot.latencies, 50), 2),
      p99_ms: round(percentile(bot.latencies, 99), 2),
      cpu_ms_per_update: round(bot.cpuMs, 3),
      echo_updates_per_s: round(echo.perSecond, 1),
      echo_p99_ms: round(percentile(echo.latencies, 99), 2),
      echo_cpu_ms_per_update: round(echo.cpuMs, 3),
      ratio_to_echo: round(bot.perSecond / echo.perSecond, 3),
      failed: measured.reduce((n, r) => n + r.bot.failed + r.echo.failed, 0),
      // Warm-up included on both sides: what a real update costs the bot in platform calls.
      api_calls_per_update: round(botCalls / updatesSent, 2),
      echo_api_calls_per_update: round(echoCalls / updatesSent, 2),
    };
  },
};
