import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloApiError, ZaloBotClient } from "../../src/bot/zalo/client.js";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";

const TOKEN = "98765:Sup3rS3cretBotToken";
const SECRET_PART = "Sup3rS3cretBotToken";

let fake: FakeZaloServer;
let client: ZaloBotClient;

beforeEach(async () => {
  fake = await FakeZaloServer.start({ token: TOKEN, maxPollWaitMs: 100 });
  client = new ZaloBotClient({ token: TOKEN, baseUrl: fake.baseUrl, timeoutMs: 2_000 });
});
afterEach(async () => {
  await fake.close();
});

async function caught(p: Promise<unknown>): Promise<ZaloApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ZaloApiError);
    return err as ZaloApiError;
  }
  throw new Error("expected the call to fail");
}

function expectNoToken(err: ZaloApiError): void {
  for (const text of [err.message, String(err.stack), JSON.stringify(err), inspect(err, { depth: 10 })]) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SECRET_PART);
  }
}

describe("ZaloBotClient", () => {
  it("calls methods with snake_case params and returns the result", async () => {
    const me = await client.getMe();
    expect(me.id).toBe(fake.bot.id);
    expect(me.account_name).toBe(fake.bot.account_name);

    const sent = await client.sendMessage({ chat_id: "chat-9", text: "Xin chào" });
    expect(sent.message_id).toBeTruthy();
    expect(fake.callsOf("sendMessage")[0]?.params).toEqual({ chat_id: "chat-9", text: "Xin chào" });
  });

  it("normalises getUpdates results (one update or an array) to an array", async () => {
    const one = textUpdate({ text: "một" });
    const a = textUpdate({ text: "hai" });
    const b = textUpdate({ text: "ba" });
    fake.pushUpdate(one);
    fake.pushUpdate([a, b]);
    expect(await client.getUpdates({ timeout: 1 })).toEqual([one]);
    expect(await client.getUpdates({ timeout: 1 })).toEqual([a, b]);
    expect(fake.callsOf("getUpdates")[0]?.params).toEqual({ timeout: 1 });
  });

  it("reports 408 as a polling timeout, whether sent as HTTP 408 or as an ok:false envelope", async () => {
    const httpStyle = await caught(client.getUpdates({ timeout: 1 }));
    expect(httpStyle.isPollingTimeout()).toBe(true);
    expect(httpStyle.isTransient()).toBe(false);

    const envelopeFake = await FakeZaloServer.start({ token: TOKEN, maxPollWaitMs: 50, pollTimeoutHttpStatus: 200 });
    try {
      const c = new ZaloBotClient({ token: TOKEN, baseUrl: envelopeFake.baseUrl });
      const envelopeStyle = await caught(c.getUpdates({ timeout: 1 }));
      expect(envelopeStyle.isPollingTimeout()).toBe(true);
      expect(envelopeStyle.status).toBe(200);
      expect(envelopeStyle.error_code).toBe(408);
    } finally {
      await envelopeFake.close();
    }
  });

  it("waits longer than the poll timeout for getUpdates, even with a short request timeout", async () => {
    const slowFake = await FakeZaloServer.start({ token: TOKEN }); // holds the poll the full second
    try {
      const c = new ZaloBotClient({ token: TOKEN, baseUrl: slowFake.baseUrl, timeoutMs: 200 });
      const err = await caught(c.getUpdates({ timeout: 1 }));
      expect(err.isPollingTimeout()).toBe(true);
      expect(err.isTimeout()).toBe(false);
    } finally {
      await slowFake.close();
    }
  });

  it("reports a wrong token as an auth error without revealing the token", async () => {
    const wrong = new ZaloBotClient({ token: "98765:WrongSecretValue42", baseUrl: fake.baseUrl });
    const err = await caught(wrong.getMe());
    expect(err.isAuth()).toBe(true);
    expect(err.status).toBe(401);
    expect(err.error_code).toBe(401);
    expect(err.method).toBe("getMe");
    for (const text of [err.message, JSON.stringify(err), inspect(err, { depth: 10 })]) {
      expect(text).not.toContain("WrongSecretValue42");
    }
  });

  it("maps an ok:false envelope on HTTP 200 (quota) to a rate-limit error", async () => {
    fake.failNext("sendMessage", 1, { error_code: 429, description: "Quota exceeded", httpStatus: 200 });
    const err = await caught(client.sendMessage({ chat_id: "c", text: "x" }));
    expect(err.isRateLimited()).toBe(true);
    expect(err.error_code).toBe(429);
    expect(err.description).toBe("Quota exceeded");
    expect(err.isTransient()).toBe(false);
  });

  it("maps non-JSON gateway errors and 403 to transient, 404 to neither transient nor rate limited", async () => {
    fake.failNext("sendMessage", 1, { error_code: 502, nonJson: true });
    const gateway = await caught(client.sendMessage({ chat_id: "c", text: "x" }));
    expect(gateway.isTransient()).toBe(true);
    expect(gateway.status).toBe(502);
    expect(gateway.error_code).toBe(502);
    expectNoToken(gateway);

    fake.failNext("sendMessage", 1, { error_code: 403, description: "Internal server error" });
    expect((await caught(client.sendMessage({ chat_id: "c", text: "x" }))).isTransient()).toBe(true);

    fake.failNext("sendMessage", 1, { error_code: 404, description: "Not Found" });
    const notFound = await caught(client.sendMessage({ chat_id: "c", text: "x" }));
    expect(notFound.isTransient()).toBe(false);
    expect(notFound.isRateLimited()).toBe(false);
    expect(notFound.isAuth()).toBe(false);
  });

  it("scrubs the token from a server description that echoes it", async () => {
    fake.failNext("sendMessage", 1, { error_code: 400, description: `bad request for /bot${TOKEN}/sendMessage` });
    const err = await caught(client.sendMessage({ chat_id: "c", text: "x" }));
    expect(err.error_code).toBe(400);
    expectNoToken(err);
  });

  it("reports a refused connection as transient, without the token", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));

    const c = new ZaloBotClient({ token: TOKEN, baseUrl: `http://127.0.0.1:${port}` });
    const err = await caught(c.sendMessage({ chat_id: "c", text: "x" }));
    expect(err.source).toBe("network");
    expect(err.isTransient()).toBe(true);
    expect(err.status).toBeUndefined();
    expectNoToken(err);
  });

  it("reports a request the server never answers as a client timeout (delivery unknown)", async () => {
    fake.stallNext("sendMessage", 1);
    const c = new ZaloBotClient({ token: TOKEN, baseUrl: fake.baseUrl, timeoutMs: 200 });
    const err = await caught(c.sendMessage({ chat_id: "c", text: "x" }));
    expect(err.isTimeout()).toBe(true);
    expect(err.isTransient()).toBe(false);
    expectNoToken(err);
  });

  it("ends a long poll when its signal aborts", async () => {
    const slowFake = await FakeZaloServer.start({ token: TOKEN });
    try {
      const c = new ZaloBotClient({ token: TOKEN, baseUrl: slowFake.baseUrl });
      const controller = new AbortController();
      const started = Date.now();
      const pending = caught(c.getUpdates({ timeout: 30 }, { signal: controller.signal }));
      await slowFake.waitForCalls("getUpdates", 1);
      controller.abort();
      const err = await pending;
      expect(err.isAborted()).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await slowFake.close();
    }
  });
});
