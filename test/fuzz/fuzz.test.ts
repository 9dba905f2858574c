// Property-based fuzzing (fast-check) through the HTTP edge, both webhook endpoints, both adapters
// and the router. Asserts: no crash (no 5xx, no unhandled rejection, no handler failure), every
// message sent within its platform's limits, and a consistent store afterwards.
// FUZZ_RUNS sets the inputs per property (CI default below; the benchmark run uses 10,000).
import fc from "fast-check";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT_LIMITS } from "../../src/bot/render.js";
import { CALLBACK_DATA_LIMIT_BYTES } from "../../src/bot/telegram/adapter.js";
import type { Channel, Incoming } from "../../src/bot/types.js";
import { renderZaloReply } from "../../src/bot/zalo/adapter.js";
import { textUpdate } from "../fakes/zalo-fake-server.js";
import { createFullBot, TG_PATH, ZALO_PATH, type FullBot } from "../helpers/full-bot.js";
import { callback, groupText, privateText } from "../helpers/telegram-recorder.js";
import { dialectOf } from "../../src/store/db.js";

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 30));

// --- Inputs ------------------------------------------------------------------------------------

const BIDI = ["\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200F", "\u200E", "\u061C"];
const CONTROL = ["\u0000", "\u0007", "\b", "\u001B[31m", "\r", "\u007F", "\u0085", "\uFEFF", "\u200B", "\uD800", "\uDFFF"];
const VIETNAMESE = ["Hạn đăng ký là ngày nào?", "Xin chào", "Tài khoản bị khoá", "Nghệ An", "0912345678", "lan@example.gov.vn", "1", "2", "đúng", "Gửi ngay"];
const COMMANDS = ["", "/start ", "/help ", "/hoi ", "/dangky ", "/hoso ", "/hotro ", "/xoadulieu ", "/lichtaphuan ", "/huy ", "/", "/start@other_bot ", "/" + "x".repeat(70) + " "];

const piece = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(...VIETNAMESE),
  fc.constantFrom(...VIETNAMESE).map((s) => s.normalize("NFD")),
  fc.constantFrom(...BIDI, ...CONTROL),
);
const hugeText = fc.constantFrom("Hỏi ".repeat(50_000), "ệ".repeat(200_000), "\u0301".repeat(100_000));
const text = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), fc.array(piece, { maxLength: 8 })).map(([c, p]) => c + p.join("")) },
  { weight: 1, arbitrary: hugeText },
);
const callbackData = fc.oneof(
  fc.string({ unit: "binary", maxLength: 70 }),
  fc.tuple(fc.constantFrom("start:", "reg:", "ticket:", "ticket:open:", "ask:", "sched:", "kb:", "reg:d:", "ticket:open:99999999999999999999"), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
);
const userId = fc.integer({ min: 1, max: 40 });

const telegramUpdate: fc.Arbitrary<Update> = fc.oneof(
  fc.tuple(text, userId).map(([t, u]) => privateText(t, { userId: u })),
  fc.tuple(text, userId, fc.boolean()).map(([t, u, r]) => groupText(t, { userId: u, replyToBot: r })),
  fc.tuple(callbackData, userId).map(([d, u]) => callback(d, { userId: u })),
);
const zaloUpdate = fc
  .tuple(text, fc.integer({ min: 1, max: 40 }), fc.constantFrom("PRIVATE", "GROUP") as fc.Arbitrary<"PRIVATE" | "GROUP">, fc.string({ maxLength: 20 }))
  .map(([t, u, chatType, name]) => textUpdate({ text: t, fromId: `z${u}`, chatId: chatType === "GROUP" ? "zg1" : `z${u}`, chatType, displayName: name }));

const deepJson = fc.integer({ min: 1, max: 200_000 }).map((n) => "[".repeat(n) + "]".repeat(n));
const randomBody = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify({ update_id: 1, message: v })),
  fc.jsonValue().map((v) => JSON.stringify({ event_name: "message.text.received", message: v })),
  deepJson,
  fc.constant(JSON.stringify({ update_id: 5, message: { text: "x".repeat(3 * 1024 * 1024) } })),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const contentType = fc.oneof(
  fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "", "application/json; charset=latin1"),
  fc.string({ unit: "grapheme-ascii", maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
);
const path = fc.oneof(
  fc.constantFrom("//", "//x:99999/", "/%", "/%E0%A4%A", "/hook/../hook/telegram", TG_PATH + "?a=%", ZALO_PATH + "/", "/healthz/..", "/" + "a".repeat(5000), "/\u00e9", "/%00"),
  fc.webPath(),
  fc.string({ unit: "grapheme-ascii", maxLength: 40 }).map((s) => "/" + encodeURI(s)),
);

// --- The bot under test --------------------------------------------------------------------------

let w: FullBot;
let rejections = 0;
const onRejection = () => void rejections++;

beforeAll(async () => {
  process.on("unhandledRejection", onRejection);
  w = await createFullBot();
}, 60_000);

afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await w?.close();
});

const settle = () => w.settle();

function checkTelegramLimits(from: number): void {
  for (const call of w.recorder.calls.slice(from)) {
    if (call.method !== "sendMessage" && call.method !== "sendDocument") continue;
    const t = String(call.payload.text ?? call.payload.caption ?? "");
    expect(t.length).toBeLessThanOrEqual(call.method === "sendMessage" ? TEXT_LIMITS.telegram : 1024);
    if (call.method === "sendMessage") expect(t.trim().length).toBeGreaterThan(0);
    const keyboard = (call.payload.reply_markup as { inline_keyboard?: { callback_data: string }[][] } | undefined)?.inline_keyboard ?? [];
    for (const b of keyboard.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT_BYTES);
  }
}

function checkZaloLimits(from: number): void {
  for (const { text: t } of w.zaloSent.slice(from)) {
    expect(t.length).toBeLessThanOrEqual(TEXT_LIMITS.zalo);
    expect(t.trim().length).toBeGreaterThan(0);
  }
}

const post = (url: string, payload: string, type?: string) => w.post(url, payload, type);

describe(`fuzzing (${RUNS} inputs per property)`, () => {
  it("Telegram webhook: random updates are answered within Telegram's limits", async () => {
    await fc.assert(
      fc.asyncProperty(telegramUpdate, async (update) => {
        const from = w.recorder.calls.length;
        const res = await post(TG_PATH, JSON.stringify(update));
        expect(res.statusCode).toBe(200);
        await settle();
        checkTelegramLimits(from);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("Zalo webhook: random updates are answered within Zalo's limits", async () => {
    await fc.assert(
      fc.asyncProperty(zaloUpdate, async (update) => {
        const from = w.zaloSent.length;
        const res = await post(ZALO_PATH, JSON.stringify(update));
        expect(res.statusCode).toBe(200);
        await settle();
        checkZaloLimits(from);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("router: random messages on every channel never fail and render within limits", async () => {
    const channels: Channel[] = ["telegram", "zalo", "shell"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), text, fc.option(callbackData, { nil: undefined }), fc.boolean(), userId, async (channel, t, choice, group, u) => {
        const inc: Incoming = {
          channel,
          chat: group ? { id: "-77", kind: "group", title: t.slice(0, 100) } : { id: `p${u}`, kind: "private" },
          sender: { id: `p${u}`, displayName: t.slice(0, 64) },
          messageId: `m${Math.random()}`,
          text: t,
          rawText: t,
          ...(t.startsWith("/") ? { command: t.slice(1).split(/\s/, 1)[0]!.toLowerCase(), args: t.replace(/^\/\S*\s*/, "") } : {}),
          ...(choice !== undefined ? { choice } : {}),
          mentioned: group,
          repliedToBot: false,
          receivedAt: new Date(),
        };
        const out = await w.app.router.handle(inc);
        for (const o of out) {
          expect(typeof o.reply.text).toBe("string");
          for (const part of renderZaloReply(o.reply)) expect(part.length).toBeLessThanOrEqual(TEXT_LIMITS.zalo);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("webhook endpoints: random, deep, huge or mistyped bodies get 2xx/4xx, never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(TG_PATH, ZALO_PATH), randomBody, contentType, async (url, body, type) => {
        const tg = w.recorder.calls.length;
        const zl = w.zaloSent.length;
        const res = await post(url, body, type);
        expect(res.statusCode).toBeLessThan(500);
        await settle();
        checkTelegramLimits(tg);
        checkZaloLimits(zl);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("HTTP edge: malformed paths, methods and headers get 4xx (or 200 on /healthz), never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
        path,
        contentType,
        fc.option(fc.string({ unit: "grapheme-ascii", maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")), { nil: undefined }),
        async (method, url, type, secret) => {
          let res;
          try {
            res = await w.server.inject({
            method: method as "GET",
            url,
            headers: { "content-type": type, ...(secret !== undefined ? { "x-telegram-bot-api-secret-token": secret, "x-bot-api-secret-token": secret } : {}) },
            ...(method === "GET" || method === "HEAD" ? {} : { payload: "{}" }),
            });
          } catch (err) {
            // The injector itself could not build such a request (no client could send it).
            if (err instanceof TypeError && /light-my-request/.test(err.stack ?? "")) return;
            throw err;
          }
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("afterwards: no crash, no handler failure, and a consistent store", async () => {
    await settle();
    expect(rejections).toBe(0);
    const failures = w.errors.filter((l) => /handler failed|hook failed|update failed|webhook handler failed/.test(l));
    expect(failures, failures.slice(0, 3).join("\n")).toEqual([]);
    const { store } = w.h;
    if (dialectOf(store) === "sqlite") {
      expect(await store.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
      expect(await store.$queryRawUnsafe<unknown[]>("PRAGMA foreign_key_check")).toEqual([]);
    }
    for (const f of await store.flowState.findMany()) expect(() => JSON.parse(f.data)).not.toThrow();
    for (const o of await store.outbox.findMany()) expect(typeof (JSON.parse(o.payload) as { text: unknown }).text).toBe("string");
    for (const m of await store.choiceMenu.findMany()) expect(Array.isArray(JSON.parse(m.choices))).toBe(true);
    for (const t of await store.ticket.findMany()) expect(["open", "assigned", "closed"]).toContain(t.status);
    // Every message stored under a person or chat points to one the bot has seen.
    const people = await store.person.count();
    expect(people).toBeGreaterThan(0);
    expect(w.recorder.callsTo("sendMessage").length + w.zaloSent.length).toBeGreaterThan(0);
  });
});
