// A local fake of the Zalo Bot Platform API (127.0.0.1, random port) for unit tests of the Zalo
// channel and for end-to-end tests of the real bot process (point ZALO_API_ROOT at `baseUrl`).
// It follows docs/zalo-bot-api.md: `/bot<token>/<method>`, `{ ok, result | error_code, description }`,
// getUpdates returns ONE update or answers 408 after its timeout.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeZaloCall {
  method: string;
  params: Record<string, unknown>;
  /** Epoch ms when the call arrived. */
  at: number;
  /** The token in the path was the right one (wrong-token calls are recorded too, and answered 401). */
  authorized: boolean;
}

export interface FakeZaloFailure {
  error_code: number;
  description?: string;
  /** HTTP status of the answer; default: the error code (non-2xx). Use 200 for an `ok:false` envelope. */
  httpStatus?: number;
  /** Answer a plain-text body instead of the JSON envelope (as proxies and gateways do). */
  nonJson?: boolean;
}

export interface FakeZaloOptions {
  token?: string;
  bot?: { id?: string; account_name?: string; account_type?: string; can_join_groups?: boolean };
  /** Caps how long getUpdates waits (ms) whatever `timeout` it was given: keeps tests fast. */
  maxPollWaitMs?: number;
  /** HTTP status used for the 408 "no update" answer (default 408; some deployments answer 200). */
  pollTimeoutHttpStatus?: number;
}

interface Waiter {
  resolve(update: unknown): void;
  timer: NodeJS.Timeout;
}

export class FakeZaloServer {
  readonly token: string;
  readonly bot: { id: string; account_name: string; account_type: string; can_join_groups: boolean };
  readonly calls: FakeZaloCall[] = [];
  /** Messages the bot sent, in order. */
  readonly sent: { chat_id: string; text: string; message_id: string }[] = [];
  webhook: { url: string; secret_token: string; updated_at: number } | undefined;

  private readonly server: http.Server;
  private readonly queue: unknown[] = [];
  private readonly pollers: Waiter[] = [];
  private readonly failures = new Map<string, (FakeZaloFailure | "stall")[]>();
  private readonly callListeners = new Set<() => void>();
  private nextMessageId = 1;
  private readonly maxPollWaitMs: number | undefined;
  private readonly pollTimeoutHttpStatus: number;

  private constructor(opts: FakeZaloOptions) {
    this.token = opts.token ?? "1234567890:fake-secret-TOKEN-abcdef";
    this.bot = {
      id: opts.bot?.id ?? "bot-1",
      account_name: opts.bot?.account_name ?? "Trợ lý GQTTHC",
      account_type: opts.bot?.account_type ?? "BASIC",
      can_join_groups: opts.bot?.can_join_groups ?? true,
    };
    this.maxPollWaitMs = opts.maxPollWaitMs;
    this.pollTimeoutHttpStatus = opts.pollTimeoutHttpStatus ?? 408;
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(opts: FakeZaloOptions = {}): Promise<FakeZaloServer> {
    const fake = new FakeZaloServer(opts);
    await new Promise<void>((resolve, reject) => {
      fake.server.once("error", reject);
      fake.server.listen(0, "127.0.0.1", () => resolve());
    });
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** API root to give the client (`ZALO_API_ROOT`). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Queues an update for getUpdates (a waiting poll gets it at once). */
  pushUpdate(update: unknown): void {
    const waiter = this.pollers.shift();
    if (waiter) waiter.resolve(update);
    else {
      this.queue.push(update);
    }
  }

  /** Updates pushed but not yet taken by getUpdates. */
  get pendingUpdates(): number {
    return this.queue.length;
  }

  /** The next `count` calls of `method` fail with `failure`. */
  failNext(method: string, count: number, failure: FakeZaloFailure): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** The next `count` sendMessage calls answer 429 (quota) or 500. */
  failNextSendMessage(count: number, status: 429 | 500): void {
    this.failNext("sendMessage", count, {
      error_code: status,
      description: status === 429 ? "Too Many Requests: quota exceeded" : "Internal Server Error",
    });
  }

  /** The next `count` calls of `method` never get an answer (until close): client timeouts. */
  stallNext(method: string, count: number): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push("stall");
    this.failures.set(method, list);
  }

  callsOf(method: string): FakeZaloCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the calls of `method` once there are at least `count`; rejects after `timeoutMs`. */
  waitForCalls(method: string, count: number, timeoutMs = 5_000): Promise<FakeZaloCall[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.callsOf(method);
        if (found.length < count) return false;
        this.callListeners.delete(listener);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const listener = (): void => void check();
      const timer = setTimeout(() => {
        this.callListeners.delete(listener);
        reject(new Error(`waited ${timeoutMs} ms for ${count} ${method} call(s), got ${this.callsOf(method).length}`));
      }, timeoutMs);
      this.callListeners.add(listener);
      check();
    });
  }

  async close(): Promise<void> {
    for (const waiter of [...this.pollers]) waiter.resolve(undefined);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0] ?? "");
    const raw = await readAll(req);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const method = match[2]!;
    const authorized = decodeURIComponent(match[1]!) === this.token;
    let params: Record<string, unknown> = {};
    let validJson = true;
    if (raw.length > 0) {
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
      } catch {
        validJson = false;
      }
    }
    this.calls.push({ method, params, at: Date.now(), authorized });
    for (const listener of [...this.callListeners]) listener();
    if (!authorized) return send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    if (!validJson) return send(res, 400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });

    const failure = this.failures.get(method)?.shift();
    if (failure === "stall") return; // left hanging; close() tears the socket down
    if (failure) {
      const status = failure.httpStatus ?? failure.error_code;
      if (failure.nonJson) {
        res.writeHead(status, { "Content-Type": "text/html" });
        return void res.end(`<html><body>${failure.error_code} Error</body></html>`);
      }
      return send(res, status, { ok: false, error_code: failure.error_code, description: failure.description ?? "Error" });
    }
    return this.dispatch(method, params, req, res);
  }

  private async dispatch(
    method: string,
    params: Record<string, unknown>,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<void> {
    const ok = (result: unknown): void => send(res, 200, { ok: true, result });
    const bad = (description: string): void => send(res, 400, { ok: false, error_code: 400, description });
    switch (method) {
      case "getMe":
        return ok(this.bot);
      case "getUpdates": {
        if (this.webhook) return bad("Bad Request: webhook is set");
        const queued = this.queue.shift();
        if (queued !== undefined) return ok(queued);
        const seconds = typeof params.timeout === "number" ? params.timeout : Number(params.timeout ?? 30);
        const waitMs = Math.min(seconds * 1000, this.maxPollWaitMs ?? Infinity);
        const update = await new Promise<unknown>((resolve) => {
          const waiter: Waiter = {
            resolve: (u) => {
              clearTimeout(waiter.timer);
              const i = this.pollers.indexOf(waiter);
              if (i >= 0) this.pollers.splice(i, 1);
              resolve(u);
            },
            timer: setTimeout(() => waiter.resolve(undefined), waitMs),
          };
          this.pollers.push(waiter);
          // A client that hung up must not swallow the next update.
          res.once("close", () => waiter.resolve(undefined));
        });
        const gone = res.destroyed || res.writableEnded || req.socket.destroyed;
        if (update === undefined) {
          if (gone) return;
          return send(res, this.pollTimeoutHttpStatus, { ok: false, error_code: 408, description: "Request timeout" });
        }
        if (gone) {
          // The poller left while the update was in hand: keep it for the next poll.
          this.queue.unshift(update);
          return;
        }
        return ok(update);
      }
      case "setWebhook": {
        const url = params.url;
        const secret = params.secret_token;
        if (typeof url !== "string" || !url.startsWith("https://")) return bad("Bad Request: url must be https");
        if (typeof secret !== "string" || secret.length < 8 || secret.length > 256) {
          return bad("Bad Request: secret_token must be 8-256 characters");
        }
        this.webhook = { url, secret_token: secret, updated_at: Date.now() };
        return ok({ url, updated_at: this.webhook.updated_at });
      }
      case "deleteWebhook": {
        this.webhook = undefined;
        return ok({ url: "", updated_at: Date.now() });
      }
      case "getWebhookInfo":
        return ok({ url: this.webhook?.url ?? "", updated_at: this.webhook?.updated_at ?? 0 });
      case "sendMessage":
      case "sendPhoto": {
        const chatId = params.chat_id;
        const text = method === "sendMessage" ? params.text : (params.caption ?? "");
        if (typeof chatId !== "string" || chatId === "") return bad("Bad Request: chat_id is required");
        if (typeof text !== "string" || (method === "sendMessage" && text.length === 0) || text.length > 2000) {
          return bad("Bad Request: text must be 1-2000 characters");
        }
        const messageId = `m-${this.nextMessageId++}`;
        this.sent.push({ chat_id: chatId, text, message_id: messageId });
        return ok({ message_id: messageId, date: Date.now() });
      }
      case "sendChatAction":
        return ok({ ok: true });
      default:
        return send(res, 404, { ok: false, error_code: 404, description: "Not Found: unknown method" });
    }
  }

}

/** A `message.text.received` update as Zalo sends it. */
export function textUpdate(opts: {
  text: string;
  chatId?: string;
  fromId?: string;
  displayName?: string;
  chatType?: "PRIVATE" | "GROUP";
  messageId?: string;
  isBot?: boolean;
}): { event_name: string; message: Record<string, unknown> } {
  const fromId = opts.fromId ?? "user-1";
  return {
    event_name: "message.text.received",
    message: {
      message_id: opts.messageId ?? `msg-${Math.random().toString(36).slice(2)}`,
      from: { id: fromId, display_name: opts.displayName ?? "Nguyễn Văn A", is_bot: opts.isBot ?? false },
      chat: { id: opts.chatId ?? fromId, chat_type: opts.chatType ?? "PRIVATE" },
      date: Date.now(),
      text: opts.text,
    },
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.headersSent) return;
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(json)) });
  res.end(json);
}

function readAll(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
