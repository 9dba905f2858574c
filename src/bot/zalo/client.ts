// SDK-style client for the Zalo Bot Platform API. Method names, params and results keep the wire
// (snake_case) names so code and docs written against the official SDKs read the same here.
//
// The bot token sits in the request URL path, so nothing built from a transport error ever leaves this
// file: errors are rebuilt as `ZaloApiError` from the status, envelope fields and error code only,
// and any string taken from the server is scrubbed of the token.
import type { Dispatcher } from "undici";
import { createApiDispatcher, postJson } from "../platform-http.js";

export const ZALO_DEFAULT_BASE_URL = "https://bot-api.zaloplatforms.com";

export interface ZaloBotClientOptions {
  token: string;
  /** API root; tests point it at a local fake. */
  baseUrl?: string;
  /** Per-request timeout for every method except getUpdates (which waits for its poll timeout). */
  timeoutMs?: number;
}

/** Per-call options that are not API params. */
export interface ZaloCallOptions {
  /** Aborts the request (used to end a long poll on shutdown). */
  signal?: AbortSignal;
}

export interface ZaloBotInfo {
  id: string;
  account_name: string;
  account_type?: string;
  can_join_groups?: boolean;
  [key: string]: unknown;
}

export interface ZaloWebhookInfo {
  /** "" when no webhook is set. */
  url: string;
  updated_at?: number;
  [key: string]: unknown;
}

export interface ZaloSentMessage {
  /** Opaque id; some payloads carry it as a number. */
  message_id: string | number;
  /** Milliseconds since the epoch. */
  date?: number;
  [key: string]: unknown;
}

export interface GetUpdatesParams {
  /** Seconds the server may hold the request open (server default 30). */
  timeout?: number;
}
export interface SetWebhookParams {
  url: string;
  /** 8–256 characters; Zalo echoes it in the X-Bot-Api-Secret-Token header. */
  secret_token: string;
}
export interface SendMessageParams {
  chat_id: string;
  text: string;
  parse_mode?: "markdown" | "html";
}
export interface SendPhotoParams {
  chat_id: string;
  /** Public image URL. */
  photo: string;
  caption?: string;
}
export interface SendChatActionParams {
  chat_id: string;
  action: "typing";
}

/** Where the failure came from: an API answer, or the transport before any answer arrived. */
export type ZaloErrorSource = "api" | "network" | "timeout" | "aborted";

export class ZaloApiError extends Error {
  /** API error code from the envelope, else the HTTP status; undefined without an answer. */
  readonly error_code: number | undefined;
  readonly description: string;
  /** HTTP status of the answer; undefined without an answer. */
  readonly status: number | undefined;
  /** The API method called (never the URL: it contains the token). */
  readonly method: string;
  readonly source: ZaloErrorSource;
  /** Node/undici error code for transport failures (ECONNREFUSED, UND_ERR_SOCKET, …). */
  readonly networkCode: string | undefined;

  constructor(init: {
    method: string;
    source: ZaloErrorSource;
    error_code?: number;
    description: string;
    status?: number;
    networkCode?: string;
  }) {
    const code = init.error_code ?? init.networkCode ?? init.source;
    super(`Zalo ${init.method} failed (${code}): ${init.description}`);
    this.name = "ZaloApiError";
    this.method = init.method;
    this.source = init.source;
    this.error_code = init.error_code;
    this.description = init.description;
    this.status = init.status;
    this.networkCode = init.networkCode;
  }

  private is(code: number): boolean {
    return this.error_code === code || this.status === code;
  }

  /** getUpdates found nothing before its timeout: poll again. */
  isPollingTimeout(): boolean {
    return this.source === "api" && this.is(408);
  }
  /** Bad token: fatal, retrying will not help. */
  isAuth(): boolean {
    return this.source === "api" && this.is(401);
  }
  isRateLimited(): boolean {
    return this.source === "api" && this.is(429);
  }
  /** Worth retrying later: 5xx, 403 (documented as an internal server error), no answer at all. */
  isTransient(): boolean {
    if (this.source === "network") return true;
    if (this.source !== "api") return false;
    const codes = [this.error_code, this.status].filter((c): c is number => c !== undefined);
    return codes.some((c) => c === 403 || (c >= 500 && c <= 599));
  }
  /** The client gave up waiting: the request may still have been carried out. */
  isTimeout(): boolean {
    return this.source === "timeout";
  }
  isAborted(): boolean {
    return this.source === "aborted";
  }
}

interface Envelope {
  ok?: unknown;
  result?: unknown;
  error_code?: unknown;
  description?: unknown;
}

/** Slack over the server-side poll timeout, so the server answers (408) before we give up. */
const POLL_SLACK_MS = 10_000;
const MAX_DESCRIPTION = 300;

export class ZaloBotClient {
  readonly baseUrl: string;
  // An ES private field: not enumerable, so inspect/JSON of the client cannot show it either.
  readonly #token: string;
  private readonly timeoutMs: number;
  private readonly dispatcher: Dispatcher;

  constructor(opts: ZaloBotClientOptions) {
    if (!opts.token) throw new Error("ZaloBotClient: token is required");
    this.#token = opts.token;
    this.baseUrl = (opts.baseUrl ?? ZALO_DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    // Every status and body is interpreted here; the HTTP client only moves bytes (no redirects,
    // no proxy from the environment, answers capped at 10 MB).
    this.dispatcher = createApiDispatcher();
  }

  getMe(opts?: ZaloCallOptions): Promise<ZaloBotInfo> {
    return this.call<ZaloBotInfo>("getMe", {}, opts);
  }

  /**
   * Long-polls for updates. The API returns one update (sometimes an array, sometimes nothing):
   * always an array here. Items are not validated: pass them through `parseUpdate` (updates.ts).
   */
  async getUpdates(params: GetUpdatesParams = {}, opts?: ZaloCallOptions): Promise<unknown[]> {
    const pollSeconds = params.timeout ?? 30;
    const timeoutMs = Math.max(this.timeoutMs, pollSeconds * 1000 + POLL_SLACK_MS);
    const result = await this.call<unknown>("getUpdates", { ...params, timeout: pollSeconds }, opts, timeoutMs);
    if (result === undefined || result === null) return [];
    return Array.isArray(result) ? result : [result];
  }

  setWebhook(params: SetWebhookParams, opts?: ZaloCallOptions): Promise<ZaloWebhookInfo> {
    return this.call<ZaloWebhookInfo>("setWebhook", params, opts);
  }

  deleteWebhook(opts?: ZaloCallOptions): Promise<ZaloWebhookInfo> {
    return this.call<ZaloWebhookInfo>("deleteWebhook", {}, opts);
  }

  getWebhookInfo(opts?: ZaloCallOptions): Promise<ZaloWebhookInfo> {
    return this.call<ZaloWebhookInfo>("getWebhookInfo", {}, opts);
  }

  sendMessage(params: SendMessageParams, opts?: ZaloCallOptions): Promise<ZaloSentMessage> {
    return this.call<ZaloSentMessage>("sendMessage", params, opts);
  }

  sendPhoto(params: SendPhotoParams, opts?: ZaloCallOptions): Promise<ZaloSentMessage> {
    return this.call<ZaloSentMessage>("sendPhoto", params, opts);
  }

  sendChatAction(params: SendChatActionParams, opts?: ZaloCallOptions): Promise<unknown> {
    return this.call<unknown>("sendChatAction", params, opts);
  }

  private async call<T>(
    method: string,
    params: object,
    opts: ZaloCallOptions | undefined,
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts?.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
    let response: { status: number; text: string };
    try {
      response = await postJson(this.dispatcher, `${this.baseUrl}/bot${this.#token}/${method}`, params, signal);
    } catch (err) {
      throw this.transportError(method, err, timeout.aborted && !opts?.signal?.aborted);
    }

    const status = response.status;
    const body = parseJson(response.text);
    const envelope: Envelope | undefined = isObject(body) ? body : undefined;

    if (status >= 200 && status < 300 && envelope?.ok === true) {
      return envelope.result as T;
    }
    const errorCode = typeof envelope?.error_code === "number" ? envelope.error_code : status >= 300 ? status : undefined;
    const description =
      typeof envelope?.description === "string" && envelope.description
        ? envelope.description
        : status >= 300
          ? `HTTP ${status}`
          : "unexpected response";
    throw new ZaloApiError({
      method,
      source: "api",
      error_code: errorCode,
      description: this.scrub(description),
      status,
    });
  }

  /** Builds our own error from a transport failure, keeping nothing that holds the URL. */
  private transportError(method: string, err: unknown, timedOut: boolean): ZaloApiError {
    const e = isObject(err) ? err : {};
    const code = typeof e.code === "string" ? e.code : undefined;
    const name = typeof e.name === "string" ? e.name : undefined;
    if (timedOut) {
      return new ZaloApiError({ method, source: "timeout", description: "no answer before the client timeout", networkCode: code });
    }
    if (code === "UND_ERR_ABORTED" || name === "AbortError") {
      return new ZaloApiError({ method, source: "aborted", description: "request aborted", networkCode: code });
    }
    return new ZaloApiError({
      method,
      source: "network",
      description: this.scrub(code ? `network error ${code}` : "network error"),
      networkCode: code,
    });
  }

  private scrub(text: string): string {
    let out = text.split(this.#token).join("<token>");
    // The secret half alone is just as sensitive.
    const secret = this.#token.includes(":") ? this.#token.slice(this.#token.indexOf(":") + 1) : "";
    if (secret.length >= 8) out = out.split(secret).join("<token>");
    return out.length > MAX_DESCRIPTION ? `${out.slice(0, MAX_DESCRIPTION)}…` : out;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
