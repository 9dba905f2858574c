import { afterEach, describe, expect, it } from "vitest";
import { serveEdge } from "../helpers/http-edge.js";
import { privateText } from "../helpers/telegram-recorder.js";
import { makeChannel } from "./harness.js";

const SECRET = "webhook-secret-123";

describe("Telegram webhook endpoint", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  async function serve(ch: ReturnType<typeof makeChannel>["channel"]): Promise<string> {
    const edge = await serveEdge(ch.webhook ? [ch.webhook] : []);
    close = edge.close;
    return `${edge.base}/telegram`;
  }

  const post = (url: string, body: string, secret?: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body,
    });

  it("accepts an update carrying the right secret", async () => {
    const t = makeChannel({ webhook: { url: "https://example.invalid/telegram", secret: SECRET } });
    const url = await serve(t.channel);
    const res = await post(url, JSON.stringify(privateText("/start")), SECRET);
    expect(res.status).toBe(200);
    expect(t.incoming[0]?.command).toBe("start");
  });

  it("rejects a wrong or missing secret with 401 and never reaches the router", async () => {
    const t = makeChannel({ webhook: { url: "https://example.invalid/telegram", secret: SECRET } });
    const url = await serve(t.channel);
    expect((await post(url, JSON.stringify(privateText("/start")), "guess")).status).toBe(401);
    expect((await post(url, JSON.stringify(privateText("/start")))).status).toBe(401);
    expect(t.incoming).toHaveLength(0);
  });

  it("answers a malformed body with 400 and keeps serving", async () => {
    const t = makeChannel({ webhook: { url: "https://example.invalid/telegram", secret: SECRET } });
    const url = await serve(t.channel);
    expect((await post(url, "{not json", SECRET)).status).toBe(400);
    expect((await post(url, "null", SECRET)).status).toBe(400);
    expect((await post(url, JSON.stringify(privateText("xin chào")), SECRET)).status).toBe(200);
    expect(t.incoming.map((m) => m.text)).toEqual(["xin chào"]);
  });

  it("answers 503 after stop so Telegram delivers the update again later", async () => {
    const t = makeChannel({ webhook: { url: "https://example.invalid/telegram", secret: SECRET } });
    const url = await serve(t.channel);
    await t.channel.stop();
    expect((await post(url, JSON.stringify(privateText("/start")), SECRET)).status).toBe(503);
    expect(t.incoming).toHaveLength(0);
  });

  it("answers 404 when the channel runs on long polling", async () => {
    const t = makeChannel();
    const url = await serve(t.channel);
    expect((await post(url, JSON.stringify(privateText("/start")), SECRET)).status).toBe(404);
  });
});
