// The memory section's bot process: starts the bot's services on a seeded store (as main.ts does),
// drives questions, profiles and a roster export through the Telegram adapter with a fake API,
// and reports its peak RSS to the parent. Run by memory.ts only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { createApp } from "../../src/app.js";
import { createOutbox } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import { systemClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { openMigratedStore } from "../../src/store/db.js";
import { benchQuestions } from "../lib/corpus.js";
import { BENCH_BOT, BENCH_TOKEN, FakeTelegramApi, textUpdate } from "../lib/fake-telegram.js";
import type { ProbeResult } from "./memory.js";

const ADMIN = 60_000_001;

async function probeMain(): Promise<ProbeResult> {
  const dbFile = process.argv[2]!;
  const scale = process.argv.includes("--smoke") ? "smoke" : process.argv.includes("--quick") ? "quick" : "full";
  const emptyDocs = fs.mkdtempSync(path.join(os.tmpdir(), "bench-nodocs-"));
  const config = loadConfig({ DATABASE_URL: `file:${dbFile}`, ADMIN_IDS: `telegram:${ADMIN}` });
  const log = createLogger("info", pino.destination({ dest: "/dev/null", sync: false }));
  const store = await openMigratedStore(config.DATABASE_URL);
  // Every letter is already in the store; an empty docs folder adds none.
  const kb = await loadKnowledgeBase({ store, docsDir: emptyDocs, log });
  const app = createApp({ store, clock: systemClock, config, log }, { kb, outbox: createOutbox(store, systemClock) });
  const api = new FakeTelegramApi();
  let exportBytes = 0;
  const channel = createTelegramChannel({
    token: BENCH_TOKEN,
    botInfo: BENCH_BOT,
    log,
    commands: [],
    transformers: [
      async (prev, method, payload, signal) => {
        // sendDocument carries the roster file: note its size, then answer like the rest.
        const file = (payload as { document?: { fileData?: unknown } }).document?.fileData;
        if (method === "sendDocument" && file instanceof Uint8Array) exportBytes = Math.max(exportBytes, file.length);
        return api.transformer(prev, method, payload, signal);
      },
    ],
    autoRetry: false,
    hooks: { onIncoming: (i) => app.router.dispatch(i, channel) },
  });
  global.gc?.();
  const rssAfterLoadMb = process.memoryUsage().rss / 2 ** 20;

  const questions = await benchQuestions();
  // Smoke: enough questions and profiles to touch every path the peak is about.
  const n = { full: 1000, quick: 100, smoke: 30 }[scale];
  let updates = 0;
  for (let i = 0; i < n; i++) {
    const officer = 50_000_000 + ((i * 37) % 10_000);
    await channel.bot.handleUpdate(textUpdate(officer, i % 10 === 0 ? "/hoso" : questions[i % questions.length]!, i + 1));
    updates++;
  }
  const rssAfterQuestionsMb = process.memoryUsage().rss / 2 ** 20;
  for (const cmd of ["/dangky_xuat", "/dangky_baocao", "/dangky_xuat"]) {
    await channel.bot.handleUpdate(textUpdate(ADMIN, cmd, ++updates));
  }
  const officers = await store.officer.count();
  const passages = await store.passage.count();
  await store.$disconnect();
  fs.rmSync(emptyDocs, { recursive: true, force: true });
  return {
    // maxRSS is in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssAfterLoadMb,
    rssAfterQuestionsMb,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    passages,
    officers,
    updates,
    exportBytes,
  };
}

probeMain().then(
  (r) => process.send?.(r, () => process.exit(0)),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
