// The webhook section's baseline: a bare grammY echo bot behind a fastify webhook, talking to the
// same loopback Bot API as the real bot. Started by bench/sections/webhook.ts with the runtime
// settings of `npm start`; prints "ready" on stdout once it listens.
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";
import { BENCH_BOT, BENCH_TOKEN } from "./fake-telegram.js";

const port = Number(process.env.HTTP_PORT);
const bot = new Bot(BENCH_TOKEN, { botInfo: BENCH_BOT, client: { apiRoot: process.env.TELEGRAM_API_ROOT! } });
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
bot.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.callbackQuery.data);
});

const app = Fastify();
app.post("/hook/telegram", webhookCallback(bot, "fastify", { secretToken: process.env.TELEGRAM_WEBHOOK_SECRET! }));
await app.listen({ port, host: "127.0.0.1" });
process.stdout.write("ready\n");
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
