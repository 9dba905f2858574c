// A local stand-in for the Telegram Bot API that enforces Telegram's sending limits: at most 30
// messages in any second overall, 1 per second to one chat, 20 per minute to one group. A message
// over a limit is refused with 429 and `retry_after`, as Telegram does. It counts what each chat
// received, so a broadcast can be checked for duplicates and gaps.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Limits {
  perSecond: number;
  perChatPerSecond: number;
  perGroupPerMinute: number;
}

export const TELEGRAM_LIMITS: Limits = { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 };

export class LimitsServer {
  /** Messages delivered per chat id. */
  readonly delivered = new Map<string, number>();
  count429 = 0;
  firstAt = 0;
  lastAt = 0;
  private readonly recent: number[] = [];
  private readonly byChat = new Map<string, number[]>();
  private server?: http.Server;
  private nextId = 1;

  constructor(
    private readonly limits: Limits = TELEGRAM_LIMITS,
    private readonly botInfo: object = {},
  ) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  get totalDelivered(): number {
    let n = 0;
    for (const c of this.delivered.values()) n += c;
    return n;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const method = (req.url ?? "").split("/").pop() ?? "";
    let body: Record<string, unknown>;
    try {
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
    } catch {
      return this.reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: body is not JSON" });
    }
    if (method === "getMe") return this.reply(res, 200, { ok: true, result: this.botInfo });
    if (method !== "sendMessage") return this.reply(res, 200, { ok: true, result: true });
    const chatId = String(body.chat_id);
    const wait = this.waitSeconds(chatId, Date.now());
    if (wait > 0) {
      this.count429++;
      return this.reply(res, 429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${wait}`,
        parameters: { retry_after: wait },
      });
    }
    const now = Date.now();
    this.recent.push(now);
    const mine = this.byChat.get(chatId) ?? [];
    mine.push(now);
    this.byChat.set(chatId, mine);
    this.delivered.set(chatId, (this.delivered.get(chatId) ?? 0) + 1);
    this.firstAt ||= now;
    this.lastAt = now;
    const chat = { id: Number(body.chat_id), type: chatId.startsWith("-") ? "group" : "private", title: "x" };
    this.reply(res, 200, { ok: true, result: { message_id: this.nextId++, date: Math.floor(now / 1000), chat, text: body.text } });
  }

  /** Seconds to wait before this chat may receive again; 0 when every limit allows it now. */
  private waitSeconds(chatId: string, now: number): number {
    const within = (times: number[], ms: number) => {
      while (times.length && times[0]! <= now - 60_000) times.shift();
      return times.filter((t) => t > now - ms);
    };
    const waits: number[] = [];
    const overall = within(this.recent, 1000);
    if (overall.length >= this.limits.perSecond) waits.push(overall[overall.length - this.limits.perSecond]! + 1000 - now);
    const chat = this.byChat.get(chatId) ?? [];
    const lastSecond = within(chat, 1000);
    if (lastSecond.length >= this.limits.perChatPerSecond) waits.push(lastSecond[lastSecond.length - this.limits.perChatPerSecond]! + 1000 - now);
    if (chatId.startsWith("-")) {
      const lastMinute = within(chat, 60_000);
      if (lastMinute.length >= this.limits.perGroupPerMinute) waits.push(lastMinute[lastMinute.length - this.limits.perGroupPerMinute]! + 60_000 - now);
    }
    return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : 0;
  }

  private reply(res: http.ServerResponse, status: number, body: unknown): void {
    const data = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(data) });
    res.end(data);
  }
}
