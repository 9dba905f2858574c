// Throughput: the full Telegram path in-process — grammY's update handling, the real adapter,
// router, flows, the real store (an SQLite file) and the real knowledge base — with a fake Bot API
// that answers at once. 1,000 simulated officers send a mix of questions, registration steps and
// button presses, a few updates in flight at a time (as webhook deliveries overlap). The baseline
// is a bare grammY echo bot driven by the same harness in the same run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { createApp } from "../../src/app.js";
import { createOutbox } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import { systemClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { DEFAULT_DOCS_DIR, loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { openMigratedStore } from "../../src/store/db.js";
import { benchQuestions, findDocsDir } from "../lib/corpus.js";
import { BENCH_BOT, BENCH_TOKEN, FakeTelegramApi } from "../lib/fake-telegram.js";
import { CONCURRENCY, drive, officersFor, type RunResult } from "../lib/drive.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round } from "../lib/stats.js";

interface Scale {
  officers: number;
  updates: number;
  warmupOfficers: number;
  warmupUpdates: number;
}

async function runEcho(scale: Scale, questions: readonly string[]): Promise<RunResult> {
  const api = new FakeTelegramApi();
  const bot = new Bot(BENCH_TOKEN, { botInfo: BENCH_BOT });
  bot.api.config.use(api.transformer);
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  bot.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.callbackQuery.data);
  });
  const handle = (u: Update) => bot.handleUpdate(u);
  await drive(officersFor(scale.warmupOfficers, questions, true), scale.warmupUpdates, api, handle);
  return drive(officersFor(scale.officers, questions), scale.updates, api, handle);
}

async function runFull(scale: Scale, questions: readonly string[], docsDir: string | undefined): Promise<RunResult & { answers: number; registrations: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-throughput-"));
  const dbFile = path.join(dir, "bot.db");
  try {
    const config = loadConfig({ DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: "info" });
    // The product logs at info to stdout; here the same lines go to /dev/null, at the same cost.
    const log = createLogger("info", pino.destination({ dest: "/dev/null", sync: false }));
    const store = await openMigratedStore(config.DATABASE_URL);
    const kb = await loadKnowledgeBase({ store, docsDir: docsDir ?? DEFAULT_DOCS_DIR, log: log.child({ module: "kb" }) });
    const app = createApp({ store, clock: systemClock, config, log }, { kb, outbox: createOutbox(store, systemClock) });
    const api = new FakeTelegramApi();
    const channel = createTelegramChannel({
      token: BENCH_TOKEN,
      botInfo: BENCH_BOT,
      log: log.child({ channel: "telegram" }),
      commands: [],
      transformers: [api.transformer],
      autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
      hooks: {
        // As main.ts does: the router's errors are logged, never thrown at grammY.
        onIncoming: (incoming) => app.router.dispatch(incoming, channel).catch((err: unknown) => log.error({ err }, "dispatch failed")),
      },
    });
    const handle = (u: Update) => channel.bot.handleUpdate(u);
    await drive(officersFor(scale.warmupOfficers, questions, true), scale.warmupUpdates, api, handle);
    const result = await drive(officersFor(scale.officers, questions), scale.updates, api, handle);
    // Sanity: the mix really went through the flows (questions logged, forms completed).
    const answers = await store.answerLog.count();
    const registrations = await store.officer.count();
    await store.$disconnect();
    return { ...result, answers, registrations };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const throughput: Section = {
  name: "throughput",
  title: "Thông lượng Telegram (trong tiến trình) / Telegram update throughput (in-process)",
  labels: {
    officers: "simulated officers",
    updates: "timed updates",
    concurrency: "updates in flight",
    updates_per_s: "full path (updates/s)",
    p50_ms: "full path p50 (ms)",
    p99_ms: "full path p99 (ms)",
    cpu_ms_per_update: "full path CPU per update (ms)",
    echo_updates_per_s: "grammY echo (updates/s)",
    echo_cpu_ms_per_update: "grammY echo CPU per update (ms)",
    echo_p99_ms: "grammY echo p99 (ms)",
    ratio_to_echo: "full ÷ echo",
    questions_logged: "questions logged (all runs)",
    registrations_saved: "registrations saved (all runs)",
  },
  async run(opts) {
    // Smoke keeps quick's ten updates per officer, so the mix (questions, forms, buttons) is the same.
    const scale: Scale = scaled(opts, {
      full: { officers: 1000, updates: 10_000, warmupOfficers: 150, warmupUpdates: 1500 },
      quick: { officers: 120, updates: 1200, warmupOfficers: 30, warmupUpdates: 300 },
      smoke: { officers: 30, updates: 300, warmupOfficers: 10, warmupUpdates: 100 },
    });
    const questions = await benchQuestions();
    const echo = await runEcho(scale, questions);
    const full = await runFull(scale, questions, findDocsDir(opts.docsDir));
    return {
      officers: scale.officers,
      updates: full.latencies.length,
      concurrency: CONCURRENCY,
      updates_per_s: round(full.perSecond, 1),
      p50_ms: round(percentile(full.latencies, 50), 2),
      p99_ms: round(percentile(full.latencies, 99), 2),
      cpu_ms_per_update: round(full.cpuMs, 2),
      echo_updates_per_s: round(echo.perSecond, 1),
      echo_cpu_ms_per_update: round(echo.cpuMs, 3),
      echo_p99_ms: round(percentile(echo.latencies, 99), 3),
      ratio_to_echo: round(full.perSecond / echo.perSecond, 3),
      questions_logged: full.answers,
      registrations_saved: full.registrations,
    };
  },
};
