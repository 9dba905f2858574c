// A minimal fake of the Telegram Bot API over real HTTP on 127.0.0.1 (random port), for tests
// that run the real grammY-based adapter, in-process or in a child process (point apiRoot at
// `apiRoot`). It records every call, answers sendMessage after a configurable delay (so a test can
// kill a process while a message is in flight), and can answer chosen calls with Bot API errors
// such as 429 with `retry_after`.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeTelegramCall {
  method: string;
  params: Record<string, unknown>;
  /** Time of arrival, from `now` (a test's fake clock, or the real one). */
  at: number;
}

export interface FakeTelegramMessage {
  chatId: string;
  text: string;
  messageId: number;
  at: number;
}

export interface FakeTelegramFailure {
  error_code: number;
  description: string;
  retry_after?: number;
  migrate_to_chat_id?: number;
}

export interface FakeTelegramOptions {
  token?: string;
  /** Wait before answering each sendMessage (the message counts as delivered on arrival). */
  sendDelayMs?: number;
  now?: () => number;
}

export class FakeTelegramServer {
  readonly token: string;
  readonly calls: FakeTelegramCall[] = [];
  /** Messages accepted, in order of arrival; a message sent twice appears twice. */
  readonly messages: FakeTelegramMessage[] = [];
  /** Called as each accepted sendMessage arrives, before it is answered. */
  onMessage?: (m: FakeTelegramMessage) => void;
  sendDelayMs: number;

  private readonly server: http.Server;
  private readonly now: () => number;
  private readonly failures: { method: string; failure: FakeTelegramFailure }[] = [];
  private nextMessageId = 1;
  /** Files a document update may refer to (getFile, then GET /file/bot<token>/<file_id>). */
  readonly files = new Map<string, Buffer>();

  private constructor(opts: FakeTelegramOptions) {
    this.token = opts.token ?? "123456:FAKE-telegram-token-for-tests";
    this.sendDelayMs = opts.sendDelayMs ?? 0;
    this.now = opts.now ?? Date.now;
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(opts: FakeTelegramOptions = {}): Promise<FakeTelegramServer> {
    const fake = new FakeTelegramServer(opts);
    await new Promise<void>((resolve, reject) => {
      fake.server.once("error", reject);
      fake.server.listen(0, "127.0.0.1", () => resolve());
    });
    return fake;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next `times` calls of `method` fail with this Bot API error. */
  failNext(method: string, failure: FakeTelegramFailure, times = 1): this {
    for (let i = 0; i < times; i++) this.failures.push({ method, failure });
    return this;
  }

  /** The next sendMessage answers 429 Too Many Requests with this retry_after. */
  rateLimitNext(retryAfterSeconds: number, times = 1): this {
    return this.failNext("sendMessage", { error_code: 429, description: `Too Many Requests: retry after ${retryAfterSeconds}`, retry_after: retryAfterSeconds }, times);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const file = (req.url ?? "").match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (file && file[1] === this.token && this.files.has(decodeURIComponent(file[2]!))) {
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(this.files.get(decodeURIComponent(file[2]!)));
      return;
    }
    const match = (req.url ?? "").match(/^\/bot([^/]+)\/([A-Za-z]+)/);
    const reply = (status: number, body: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (!match) return reply(404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return reply(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    let params: Record<string, unknown> = {};
    const raw = Buffer.concat(chunks).toString("utf8");
    if (raw) {
      try {
        params = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return reply(400, { ok: false, error_code: 400, description: "Bad Request: body is not JSON" });
      }
    }
    const at = this.now();
    this.calls.push({ method, params, at });

    const i = this.failures.findIndex((f) => f.method === method);
    if (i >= 0) {
      const { failure } = this.failures.splice(i, 1)[0]!;
      const parameters = {
        ...(failure.retry_after !== undefined ? { retry_after: failure.retry_after } : {}),
        ...(failure.migrate_to_chat_id !== undefined ? { migrate_to_chat_id: failure.migrate_to_chat_id } : {}),
      };
      return reply(failure.error_code, {
        ok: false,
        error_code: failure.error_code,
        description: failure.description,
        ...(Object.keys(parameters).length ? { parameters } : {}),
      });
    }

    switch (method) {
      case "getMe":
        return reply(200, {
          ok: true,
          result: { id: 7000000001, is_bot: true, first_name: "Trợ lý GQTTHC", username: "TheBot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false },
        });
      case "sendMessage": {
        const message: FakeTelegramMessage = { chatId: String(params.chat_id), text: String(params.text ?? ""), messageId: this.nextMessageId++, at };
        this.messages.push(message);
        this.onMessage?.(message);
        if (this.sendDelayMs > 0) await new Promise((r) => setTimeout(r, this.sendDelayMs));
        const chatId = Number(params.chat_id);
        return reply(200, {
          ok: true,
          result: {
            message_id: message.messageId,
            date: Math.floor(at / 1000),
            chat: chatId < 0 ? { id: chatId, type: "supergroup", title: "Nhóm" } : { id: chatId, type: "private", first_name: "Cán bộ" },
            text: message.text,
          },
        });
      }
      case "getFile": {
        const id = String(params.file_id);
        const data = this.files.get(id);
        if (!data) return reply(400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
        return reply(200, { ok: true, result: { file_id: id, file_unique_id: `u-${id}`, file_size: data.length, file_path: id } });
      }
      default:
        return reply(200, { ok: true, result: true });
    }
  }
}
