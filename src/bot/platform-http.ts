// HTTP client for the platforms' bot APIs (Telegram's through grammY, Zalo's through its client):
// undici's request(), the client maintained by the Node.js project. Per Bot API call it costs about
// half the CPU of node-fetch, grammY's default in Node (0.11 against 0.21–0.23 ms, measured on
// this machine), and every update makes one or two such calls (README, "Hiệu năng / Performance").
import type { Readable } from "node:stream";
import { Agent, request, type Dispatcher } from "undici";

/** Largest API answer read (the Bot APIs answer a few kB; a getUpdates batch stays far below). */
const MAX_ANSWER_BYTES = 10 * 1024 * 1024;

/** Keep-alive connections to one API host, shared by every call of one bot. */
export function createApiDispatcher(): Dispatcher {
  return new Agent({ keepAliveTimeout: 30_000, maxResponseSize: MAX_ANSWER_BYTES });
}

/** What grammY passes to its fetch: a JSON string, or a multipart stream when a file is uploaded. */
interface GrammyRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Readable;
  signal?: AbortSignal;
}

/**
 * A `fetch` for grammY's `client.fetch` option. grammY reads only `.json()` of the answer; its own
 * timeout aborts the signal. undici manages connections itself, so grammY's "connection" header
 * (which undici refuses) is dropped.
 */
export function grammyFetch(dispatcher: Dispatcher = createApiDispatcher()): typeof fetch {
  const call = async (url: string | URL, init: GrammyRequestInit = {}) => {
    const { connection: _ignored, ...headers } = init.headers ?? {};
    const res = await request(url, {
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers,
      body: init.body ?? null,
      signal: init.signal,
      dispatcher,
    });
    return {
      ok: res.statusCode >= 200 && res.statusCode < 300,
      status: res.statusCode,
      json: () => res.body.json(),
      text: () => res.body.text(),
    };
  };
  return call as unknown as typeof fetch;
}

/** One JSON POST; the answer's status and text, whatever the status (the caller interprets them). */
export async function postJson(
  dispatcher: Dispatcher,
  url: string,
  params: object,
  signal: AbortSignal,
): Promise<{ status: number; text: string }> {
  const res = await request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
    signal,
    dispatcher,
  });
  return { status: res.statusCode, text: await res.body.text() };
}
