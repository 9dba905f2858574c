// The web console (issue 14), registered on the bot's one fastify server under /console.
// Its body parsers (forms, uploads), cookies and error pages live in their own encapsulated
// scope, so the webhooks keep accepting JSON only. Every route needs a session unless marked
// public; every POST needs the session's CSRF token; each route names the roles that may use it.
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Outbox } from "../bot/outbox.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { ReminderPlanner } from "../flows/reminders/index.js";
import type { TicketKb } from "../flows/tickets/index.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import type { Logger } from "../log.js";
import { consoleText as t } from "../messages/index.js";
import type { Store } from "../store/db.js";
import { registerAssets } from "./assets.js";
import { csrfMatches, csrfToken, endSession, redeemLink, sessionViewer, type ConsoleRole, type Viewer } from "./auth.js";
import { html, type Html } from "./html.js";
import { csrfField, layout, type Frame } from "./layout.js";
import { registerDashboard } from "./pages/dashboard.js";
import { registerGaps } from "./pages/gaps.js";
import { registerKb } from "./pages/kb.js";
import { registerRoster } from "./pages/roster.js";
import { registerSchedule } from "./pages/schedule.js";
import { registerTickets } from "./pages/tickets.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Roles allowed (default: any signed-in person). */
    roles?: ConsoleRole[];
    /** Reachable without a session (sign-in, static files). */
    public?: boolean;
    /** A multipart POST checks its CSRF field itself, once the form fields are read. */
    csrf?: "multipart";
    /** Requests a page makes by itself (polling): they do not keep an idle session alive. */
    passive?: boolean;
  }
  interface FastifyRequest {
    viewer?: Viewer;
    session?: string;
  }
}

export type ConsoleKb = TicketKb &
  Pick<KnowledgeBase, "listDocuments" | "listRelations" | "ingestFile" | "removeDocument">;

export interface ConsoleDeps {
  store: Store;
  clock: Clock;
  config: Config;
  log: Logger;
  kb: ConsoleKb;
  outbox: Outbox;
  /** Re-plans reminders after a schedule import. */
  planner?: Pick<ReminderPlanner, "tick">;
  /** How often the ticket list refreshes itself (default 10 s). */
  ticketPollSeconds?: number;
}

/** What page modules get: the dependencies and the helpers to answer with a page. */
export interface ConsoleApp {
  deps: ConsoleDeps;
  /** Sends a full page in the frame, for the signed-in viewer. */
  page(req: FastifyRequest, reply: FastifyReply, frame: Omit<Frame, "viewer" | "csrf">, body: Html, status?: number): FastifyReply;
  /** The session's CSRF token, for forms. */
  csrf(req: FastifyRequest): string;
  viewer(req: FastifyRequest): Viewer;
}

export const SESSION_COOKIE = "console_session";
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  // same-origin: no Referer leaves the site (the sign-in URL carries its token), and browsers still
  // send a real Origin on our own form posts (no-referrer makes it "null").
  "referrer-policy": "same-origin",
};

export async function registerConsole(app: FastifyInstance, deps: ConsoleDeps): Promise<void> {
  app.get("/", { config: { public: true } }, async (_req, reply) => reply.redirect("/console", 302));
  await app.register(async (scope) => consoleScope(scope, deps), { prefix: "/console" });
}

async function consoleScope(scope: FastifyInstance, deps: ConsoleDeps): Promise<void> {
  const secure = deps.config.PUBLIC_URL.startsWith("https:");
  await scope.register(cookie);
  await scope.register(formbody, { bodyLimit: 256 * 1024 });
  await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 } });

  const errorPage = (reply: FastifyReply, status: number, text: string, req?: FastifyRequest): FastifyReply => {
    const frame: Frame = { title: text, viewer: req?.viewer, csrf: req?.session ? csrfToken(req.session) : undefined };
    const body = html`<p><a href="/console">${t.errors.back}</a></p>`;
    return reply.code(status).header("content-type", "text/html; charset=utf-8").send(layout({ ...frame, title: t.errorTitles[status] ?? t.errorTitles[500]!, notice: { kind: "error", text } }, body).value);
  };

  scope.addHook("onRequest", async (req, reply) => {
    void reply.headers(SECURITY_HEADERS);
    const cfg = req.routeOptions.config;
    if (cfg.public) return;
    void reply.header("cache-control", "no-store");
    const session = req.cookies[SESSION_COOKIE];
    const viewer = await sessionViewer(deps, session, !cfg.passive);
    if (!viewer || !session) return errorPage(reply, 401, t.login.needed);
    req.viewer = viewer;
    req.session = session;
    if (cfg.roles && !cfg.roles.includes(viewer.role)) return errorPage(reply, 403, t.errors.forbidden, req);
  });
  scope.addHook("preHandler", async (req, reply) => {
    if (req.method !== "POST" || req.routeOptions.config.public || req.routeOptions.config.csrf === "multipart") return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!req.session || !csrfMatches(req.session, req.headers["x-csrf-token"] ?? body._csrf)) {
      return errorPage(reply, 403, t.errors.csrf, req);
    }
  });
  scope.setErrorHandler((err: { statusCode?: number; code?: string; name?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    const fields = { status, code: err.code ?? err.name, route: req.routeOptions.url };
    if (status >= 500) deps.log.error(fields, "console request failed");
    else deps.log.debug(fields, "console request refused");
    return errorPage(reply, status, status >= 500 ? t.errors.server : status === 404 ? t.errors.notFound : t.errors.badInput, req);
  });
  scope.setNotFoundHandler((req, reply) => errorPage(reply, 404, t.errors.notFound, req));

  registerAssets(scope);
  registerSignIn(scope, deps, secure);

  const consoleApp: ConsoleApp = {
    deps,
    csrf: (req) => csrfToken(req.session!),
    viewer: (req) => req.viewer!,
    page: (req, reply, frame, body, status = 200) =>
      reply
        .code(status)
        .header("content-type", "text/html; charset=utf-8")
        .send(layout({ ...frame, viewer: req.viewer, csrf: req.session ? csrfToken(req.session) : undefined }, body).value),
  };
  registerDashboard(scope, consoleApp);
  registerTickets(scope, consoleApp);
  registerRoster(scope, consoleApp);
  registerSchedule(scope, consoleApp);
  registerKb(scope, consoleApp);
  registerGaps(scope, consoleApp);
}

function registerSignIn(scope: FastifyInstance, deps: ConsoleDeps, secure: boolean): void {
  const send = (reply: FastifyReply, frame: Frame, body: Html, status = 200) =>
    reply.code(status).header("content-type", "text/html; charset=utf-8").send(layout(frame, body).value);

  // Opening the link only shows a button: link previews (Telegram fetches URLs) must not use it up.
  scope.get<{ Querystring: { token?: string } }>("/login", { config: { public: true } }, async (req, reply) => {
    void reply.header("cache-control", "no-store");
    const token = typeof req.query.token === "string" ? req.query.token : "";
    const body = html`<p>${t.login.intro}</p>
<form method="post" action="/console/login"><input type="hidden" name="token" value="${token}"><button type="submit">${t.login.button}</button></form>`;
    return send(reply, { title: t.login.title }, body);
  });

  scope.post<{ Body: { token?: unknown } }>("/login", { config: { public: true } }, async (req, reply) => {
    void reply.header("cache-control", "no-store");
    // Signing someone into another person's session from a foreign page (login CSRF) is refused.
    if (!sameOrigin(req, deps.config.PUBLIC_URL)) return send(reply, { title: t.login.title, notice: { kind: "error", text: t.errors.csrf } }, html``, 403);
    const token = typeof req.body?.token === "string" ? req.body.token : "";
    const signedIn = await redeemLink(deps, token);
    if (!signedIn) return send(reply, { title: t.login.title, notice: { kind: "error", text: t.login.bad } }, html``, 401);
    deps.log.info({ channel: signedIn.viewer.channel, role: signedIn.viewer.role }, "console: signed in");
    void reply.setCookie(SESSION_COOKIE, signedIn.session, { path: "/console", httpOnly: true, sameSite: "strict", secure });
    return reply.redirect(signedIn.viewer.role === "admin" ? "/console" : "/console/tickets", 303);
  });

  scope.post("/logout", async (req, reply) => {
    if (req.session) await endSession(deps, req.session);
    void reply.clearCookie(SESSION_COOKIE, { path: "/console" });
    return send(reply, { title: t.login.title, notice: { kind: "ok", text: t.login.loggedOut } }, html``);
  });
}

/** A browser's Origin header, when sent, names this host or PUBLIC_URL (behind a proxy that rewrites Host). */
function sameOrigin(req: FastifyRequest, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const given = new URL(origin);
    return given.host === req.headers.host || given.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

export { csrfField };
