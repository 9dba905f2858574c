// The HTTP edge: one fastify server for the platform webhooks, /healthz, /metrics and the web
// console (src/console, given as an extension).
// Hand-written parsing is gone: malformed paths, headers and bodies are answered 4xx by fastify,
// bodies are capped, slow clients time out, each address is rate-limited (a platform's authenticated
// deliveries excepted), and a webhook's secret header is checked in onRequest, before a byte of the
// body is read.
import rateLimit from "@fastify/rate-limit";
import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { WebhookEndpoint } from "./bot/channel.js";
import type { Logger } from "./log.js";

export type { WebhookEndpoint };

/** "starting" until a platform's start-up calls have succeeded. */
export type PlatformState = "ok" | "starting";

export interface HealthReport {
  status: "ok" | "degraded" | "stopping";
  /** What the bot is still waiting for (e.g. a platform that has not answered yet). */
  waiting?: string[];
  /** "down" when `SELECT 1` failed or did not answer in time. */
  database?: "ok" | "down";
  platforms?: Record<string, PlatformState>;
}

/** GET /metrics: the exposition text, and who may read it. */
export interface MetricsEndpoint {
  render(): Promise<string>;
  contentType: string;
  /** Bearer token required when set; when unset only loopback clients are answered. */
  token?: string;
}

export interface HttpServerDeps {
  log: Logger;
  health(): HealthReport | Promise<HealthReport>;
  webhooks: WebhookEndpoint[];
  metrics?: MetricsEndpoint;
  /** Largest body accepted (default 1 MiB; Telegram updates are a few kB). */
  bodyLimitBytes?: number;
  /** Requests per minute per client address (default 1200); authenticated webhook deliveries are exempt. */
  rateLimitPerMinute?: number;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges or proxy-addr names such as
   * "loopback"), so each client is limited by its own address behind nginx. None by default.
   */
  trustProxy?: string[];
  /** A request whose headers and body have not arrived by then is cut off (default 10 s). */
  requestTimeoutMs?: number;
  /** More routes on the same server (the web console), registered after the built-in ones. */
  extensions?: ((app: FastifyInstance) => Promise<void>)[];
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Builds the server with its routes; call `.listen()` (or `listenHttp`) to serve. */
export async function createHttpServer(deps: HttpServerDeps): Promise<FastifyInstance> {
  const { log } = deps;
  const requestTimeoutMs = deps.requestTimeoutMs ?? 10_000;
  const app = Fastify({
    logger: false,
    trustProxy: deps.trustProxy?.length ? deps.trustProxy : false,
    bodyLimit: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    // Slow clients: the whole request must arrive in time; idle sockets are closed.
    requestTimeout: requestTimeoutMs,
    connectionTimeout: requestTimeoutMs * 3,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: 200 },
    // Node checks request timeouts every 30 s by default: too coarse for short timeouts.
    serverFactory: (handler) =>
      http.createServer(
        { connectionsCheckingInterval: Math.max(100, Math.min(5_000, requestTimeoutMs / 4)), requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs },
        handler,
      ),
    return503OnClosing: true,
    forceCloseConnections: true,
  });

  await app.register(rateLimit, {
    global: true,
    max: deps.rateLimitPerMinute ?? 1200,
    timeWindow: 60_000,
    // Bound memory whatever the number of addresses.
    cache: 10_000,
    // An empty body: nothing for a flood to read.
    errorResponseBuilder: (_req, ctx) => ({ statusCode: ctx.statusCode, error: "Too Many Requests" }),
  });

  // Bodies of other types are refused (415) before they are read; platforms send JSON.
  app.addContentTypeParser("text/plain", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error("body is not JSON"), { statusCode: 400 }), undefined);
    }
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; name?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    // Only the route pattern and error code are logged: paths and bodies may carry anything.
    const fields = { status, code: err.code ?? err.name, route: req.routeOptions.url };
    if (status >= 500) log.error(fields, "http request failed");
    else log.debug(fields, "http request refused");
    void reply.code(status).send();
  });
  app.setNotFoundHandler((_req, reply) => void reply.code(404).send());

  app.get("/healthz", async (_req, reply) => {
    const report = await deps.health();
    return reply.code(report.status === "ok" ? 200 : 503).send(report);
  });
  if (deps.metrics) registerMetrics(app, deps.metrics);

  for (const endpoint of deps.webhooks) registerWebhook(app, endpoint, log);
  for (const extend of deps.extensions ?? []) await extend(app);
  return app;
}

function registerWebhook(app: FastifyInstance, endpoint: WebhookEndpoint, log: Logger): void {
  const authenticated = (req: FastifyRequest) => endpoint.secretMatches(req.headers[endpoint.secretHeader]);
  const checkSecret = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!authenticated(req)) {
      log.warn({ channel: endpoint.name }, "webhook secret mismatch; request refused");
      // Refused unread: the connection is not reused for the rest of the body.
      return reply.code(401).header("connection", "close").send();
    }
  };
  // A platform delivers every chat's updates from a few addresses (Telegram's own subnets, or the
  // proxy in front of us), so a per-address limit would throttle the whole bot at once. Deliveries
  // carrying the secret skip it (the router limits each person and chat instead); requests
  // without it count against their address, and the limit runs before the secret is checked.
  const limitStrangers = app.rateLimit({ allowList: authenticated });
  const hooks = { onRequest: [limitStrangers, checkSecret], config: { rateLimit: false as const } };
  app.post(endpoint.path, hooks, async (req, reply) => {
    let status: number;
    try {
      status = await endpoint.receive(req.body);
    } catch (err) {
      log.error({ channel: endpoint.name, err }, "webhook handler failed");
      status = 500;
    }
    if (status === 200) return reply.code(200).send({ ok: true });
    return reply.code(status).send();
  });
}

function registerMetrics(app: FastifyInstance, metrics: MetricsEndpoint): void {
  const expected = metrics.token ? Buffer.from(`Bearer ${metrics.token}`) : undefined;
  const allowed = (req: FastifyRequest): boolean => {
    if (!expected) return isLoopback(req.socket.remoteAddress);
    const given = Buffer.from(req.headers.authorization ?? "");
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  app.get("/metrics", async (req, reply) => {
    if (!allowed(req)) return reply.code(expected ? 401 : 403).send();
    const text = await metrics.render();
    return reply.code(200).header("content-type", metrics.contentType).send(text);
  });
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));
}

/** Listens on `port` (all interfaces) and returns the port actually bound. */
export async function listenHttp(app: FastifyInstance, port: number, log: Logger, host = "0.0.0.0"): Promise<number> {
  await app.listen({ port, host });
  const address = app.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  log.info({ port: bound }, "http server listening");
  return bound;
}
