// The HTTP edge: whatever arrives, the server answers 4xx (or cuts a slow client off) and keeps
// serving; a webhook's secret is checked before its body is read.
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { WebhookEndpoint } from "../../src/bot/channel.js";
import type { HealthReport } from "../../src/http.js";
import { serveEdge } from "../helpers/http-edge.js";

const SECRET = "edge-secret-12345";

function endpoint(received: unknown[]): WebhookEndpoint {
  return {
    name: "test",
    path: "/hook",
    secretHeader: "x-secret",
    secretMatches: (v) => v === SECRET,
    receive: async (body) => {
      received.push(body);
      return 200;
    },
  };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function serve(opts: Parameters<typeof serveEdge>[1] = {}) {
  const received: unknown[] = [];
  const edge = await serveEdge([endpoint(received)], opts);
  closers.push(edge.close);
  return { ...edge, received };
}

/** Sends raw bytes and returns what came back (the server may also just close). */
function raw(base: string, bytes: string, waitMs = 2_000): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), "127.0.0.1");
    let out = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(out);
    }, waitMs);
    socket.on("data", (d) => (out += d.toString()));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(out);
    });
    socket.on("error", () => undefined);
    socket.write(bytes);
  });
}

describe("HTTP edge", () => {
  it("answers malformed paths with 4xx and keeps serving (POST // and GET //x:99999/ used to kill the bot)", async () => {
    const s = await serve();
    for (const path of ["//", "//x:99999/", "/%", "/%E0%A4%A", "/hook/../../etc/passwd", "/" + "a".repeat(20_000)]) {
      const res = await raw(s.base, `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      expect(res).toMatch(/^HTTP\/1\.1 4\d\d/);
    }
    expect(await raw(s.base, `GET //x:99999/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw(s.base, "BREW / HTCPCP/1.0\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(s.base, "GET / HTTP/1.1\r\nHost: x\r\nX-Bad: \u0000\u0001\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    expect(s.received).toEqual([]);
  });

  it("refuses a wrong secret before reading the body", async () => {
    const s = await serve();
    // Headers promise a 3 MB body that never comes: the 401 must not wait for it.
    const started = Date.now();
    const res = await raw(s.base, `POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3000000\r\nX-Secret: wrong\r\n\r\n{"a":`);
    expect(res).toMatch(/^HTTP\/1\.1 401/);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(s.received).toEqual([]);
  });

  it("refuses bodies that are too large, not JSON, or of another type", async () => {
    const s = await serve();
    const post = (body: string, type = "application/json") =>
      fetch(`${s.base}/hook`, { method: "POST", headers: { "content-type": type, "x-secret": SECRET }, body });
    expect((await post(JSON.stringify({ x: "y".repeat(3_000_000) }))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect((await post("")).status).toBe(400);
    expect((await post("<xml/>", "application/xml")).status).toBe(415);
    expect((await post("a=b", "application/x-www-form-urlencoded")).status).toBe(415);
    expect((await post('{"ok":1}', "text/plain")).status).toBe(200);
    const deep = await post("[".repeat(100_000) + "]".repeat(100_000));
    expect([200, 400]).toContain(deep.status);
    expect(s.received[0]).toEqual({ ok: 1 });
    expect(s.received).toHaveLength(deep.status === 200 ? 2 : 1);
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
  });

  it("cuts off a client that sends its request too slowly", async () => {
    const s = await serve({ requestTimeoutMs: 400 });
    const started = Date.now();
    // Half a header line, then silence.
    const res = await raw(s.base, "POST /hook HTTP/1.1\r\nHost: x\r\nX-Sec", 5_000);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(res === "" || /^HTTP\/1\.1 408/.test(res)).toBe(true);
  });

  it("rate-limits one address and says so with 429", async () => {
    const s = await serve({ rateLimitPerMinute: 5 });
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await fetch(`${s.base}/healthz`)).status);
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.slice(5)).toEqual([429, 429, 429]);
  });

  it("never throttles a platform's authenticated deliveries, but still limits wrong secrets from that address", async () => {
    const s = await serve({ rateLimitPerMinute: 5 });
    const post = (secret: string) =>
      fetch(`${s.base}/hook`, { method: "POST", headers: { "content-type": "application/json", "x-secret": secret }, body: "{}" }).then((r) => r.status);
    const delivered: number[] = [];
    for (let i = 0; i < 20; i++) delivered.push(await post(SECRET));
    expect(delivered.every((c) => c === 200)).toBe(true);
    expect(s.received).toHaveLength(20);
    const guesses: number[] = [];
    for (let i = 0; i < 8; i++) guesses.push(await post("guess"));
    expect(guesses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(guesses.slice(5)).toEqual([429, 429, 429]);
  });

  it("behind a trusted proxy, limits each client by its forwarded address, not the proxy's", async () => {
    const s = await serve({ rateLimitPerMinute: 3, trustProxy: ["127.0.0.1"] });
    const get = (client: string) => fetch(`${s.base}/healthz`, { headers: { "x-forwarded-for": client } }).then((r) => r.status);
    const first: number[] = [];
    for (let i = 0; i < 4; i++) first.push(await get("203.0.113.7"));
    expect(first).toEqual([200, 200, 200, 429]);
    // Another officer behind the same proxy is not held back by the first one's flood.
    expect(await get("198.51.100.20")).toBe(200);
  });

  it("without a trusted proxy, ignores X-Forwarded-For (a client cannot pick its own address)", async () => {
    const s = await serve({ rateLimitPerMinute: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await fetch(`${s.base}/healthz`, { headers: { "x-forwarded-for": `198.51.100.${i}` } })).status);
    expect(codes).toEqual([200, 200, 200, 429]);
  });

  it("reports degraded health with what it waits for", async () => {
    let report: HealthReport = { status: "degraded", waiting: ["telegram"] };
    const s = await serve({ health: () => report });
    const res = await fetch(`${s.base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", waiting: ["telegram"] });
    report = { status: "ok" };
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
  });
});
