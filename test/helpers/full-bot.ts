// The whole bot in one process, as main.ts composes it: the app on a real (in-memory) store and
// the real KB, both adapters in webhook mode behind the real HTTP edge. Telegram's API is the
// in-process recorder; Zalo's is a stub that records what was sent. Errors are captured.
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { createApp, type App } from "../../src/app.js";
import type { AppDeps } from "../../src/bot/context.js";
import { deliverReplies } from "../../src/bot/delivery.js";
import { createOutbox } from "../../src/bot/outbox.js";
import { createTelegramChannel, type TelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Channel, ChannelSender, Incoming } from "../../src/bot/types.js";
import { createZaloChannel, type ZaloChannel } from "../../src/bot/zalo/adapter.js";
import type { ZaloBotClient } from "../../src/bot/zalo/client.js";
import { createHttpServer } from "../../src/http.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { tempDir } from "./bot-process.js";
import { createHarness, type Harness } from "./harness.js";
import { TelegramRecorder, TEST_TOKEN } from "./telegram-recorder.js";

export const FULL_BOT_SECRET = "full-bot-secret-123";
export const TG_PATH = "/hook/telegram";
export const ZALO_PATH = "/hook/zalo";

export interface FullBot {
  h: Harness;
  app: App;
  server: FastifyInstance;
  recorder: TelegramRecorder;
  /** Zalo messages sent, with the time each was sent. */
  zaloSent: { chatId: string; text: string; at: number }[];
  /** Error-level log lines. */
  errors: string[];
  inFlight: Set<Promise<void>>;
  telegram: TelegramChannel;
  zalo: ZaloChannel;
  /** POSTs a body to a webhook path with the right secret, through the HTTP edge (no socket). */
  post(url: string, payload: string, type?: string): Promise<{ statusCode: number }>;
  /** Waits for the work the adapters started in the background (Zalo acknowledges first). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function createFullBot(env: Record<string, string> = {}): Promise<FullBot> {
  const h = await createHarness(env);
  const errors: string[] = [];
  const sink = new Writable({
    write(chunk, _e, cb) {
      errors.push(String(chunk));
      cb();
    },
  });
  const log = createLogger("error", sink);
  const deps: AppDeps = { ...h.deps, log };
  const kb = await loadKnowledgeBase({ store: h.store, docsDir: tempDir("full-bot-kb-"), log });
  const outbox = createOutbox(h.store, h.clock);
  const app = createApp(deps, { kb, outbox });
  const inFlight = new Set<Promise<void>>();
  const senders = new Map<Channel, ChannelSender>();
  const hooks = {
    onIncoming: async (inc: Incoming) => {
      const work = (async () => deliverReplies({ outbox, clock: h.clock, log }, inc, await app.router.handle(inc), senders.get(inc.channel)!))();
      inFlight.add(work);
      try {
        await work;
      } finally {
        inFlight.delete(work);
      }
    },
  };
  const recorder = new TelegramRecorder();
  const telegram = createTelegramChannel({
    token: TEST_TOKEN,
    log,
    commands: [],
    botInfo: recorder.botInfo,
    transformers: [recorder.transformer],
    autoRetry: false,
    webhook: { url: `https://bot.example.invalid${TG_PATH}`, secret: FULL_BOT_SECRET },
    hooks,
  });
  const zaloSent: FullBot["zaloSent"] = [];
  const client = {
    getMe: async () => ({ id: "zalo-bot", account_name: "bot" }),
    setWebhook: async () => ({ url: "" }),
    deleteWebhook: async () => ({ url: "" }),
    getUpdates: async () => [],
    sendMessage: async (p: { chat_id: string; text: string }) => {
      zaloSent.push({ chatId: p.chat_id, text: p.text, at: Date.now() });
      return { message_id: String(zaloSent.length) };
    },
  } as unknown as ZaloBotClient;
  const zalo = createZaloChannel({
    client,
    hooks,
    log,
    mode: "webhook",
    webhook: { url: `https://bot.example.invalid${ZALO_PATH}`, secret: FULL_BOT_SECRET },
    perChatIntervalMs: 0,
  });
  senders.set("telegram", telegram);
  senders.set("zalo", zalo);
  await zalo.start();
  const server = await createHttpServer({
    log,
    health: () => ({ status: "ok" }),
    webhooks: [telegram.webhook!, zalo.webhook!],
    rateLimitPerMinute: 1e9,
  });
  await server.ready();

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    }
  }
  return {
    h,
    app,
    server,
    recorder,
    zaloSent,
    errors,
    inFlight,
    telegram,
    zalo,
    settle,
    post: async (url, payload, type = "application/json") =>
      await server.inject({
        method: "POST",
        url,
        headers: { "content-type": type, "x-telegram-bot-api-secret-token": FULL_BOT_SECRET, "x-bot-api-secret-token": FULL_BOT_SECRET },
        payload,
      }),
    async close() {
      await zalo.stop();
      await server.close();
    },
  };
}
