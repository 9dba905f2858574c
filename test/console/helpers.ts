// Set-up for the web console tests: the bot's HTTP server with the console on an in-memory store
// and a fake clock, the real knowledge base (empty folder unless given), an outbox, the chat router
// (for /web), and helpers to sign in and to post forms with the CSRF token.
import type { FastifyInstance, RouteOptions } from "fastify";
import { createApp, type App } from "../../src/app.js";
import { createOutbox, type Outbox } from "../../src/bot/outbox.js";
import { csrfToken, issueLink } from "../../src/console/auth.js";
import { registerConsole, SESSION_COOKIE, type ConsoleDeps } from "../../src/console/server.js";
import { createHttpServer } from "../../src/http.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { communesOf } from "../../src/reference/communes.js";
import { tempDir } from "../helpers/bot-process.js";
import { createHarness, type Harness } from "../helpers/harness.js";

export const ADMIN = "telegram:100";
export const STAFF = "telegram:200";

export interface ConsoleHarness {
  h: Harness;
  server: FastifyInstance;
  kb: KnowledgeBase;
  outbox: Outbox;
  app: App;
  deps: ConsoleDeps;
  /** Every route the console registered. */
  routes: RouteOptions[];
  close(): Promise<void>;
}

export async function createConsoleHarness(
  env: Record<string, string> = {},
  docsDir = tempDir("console-kb-"),
  options: Pick<ConsoleDeps, "ticketPollSeconds"> = {},
): Promise<ConsoleHarness> {
  const h = await createHarness({ ADMIN_IDS: ADMIN, SUPPORT_STAFF_IDS: STAFF, ...env });
  return consoleInstance(h, docsDir, options);
}

/**
 * A console server on the harness's store and clock: call it again with the same harness for a
 * second instance, as behind a load balancer (each has its own knowledge base, outbox and app).
 */
export async function consoleInstance(
  h: Harness,
  docsDir = tempDir("console-kb-"),
  options: Pick<ConsoleDeps, "ticketPollSeconds"> = {},
): Promise<ConsoleHarness> {
  const kb = await loadKnowledgeBase({ store: h.store, docsDir, log: h.deps.log });
  const outbox = createOutbox(h.store, h.clock);
  const app = createApp(h.deps, { kb, outbox });
  const deps: ConsoleDeps = { ...h.deps, kb, outbox, ...options };
  const routes: RouteOptions[] = [];
  const server = await createHttpServer({
    log: h.deps.log,
    health: () => ({ status: "ok" }),
    webhooks: [],
    rateLimitPerMinute: 1e9,
    extensions: [
      async (a) => {
        a.addHook("onRoute", (r) => void routes.push(r));
        await registerConsole(a, deps);
      },
    ],
  });
  await server.ready();
  return { h, server, kb, outbox, app, deps, routes, close: () => server.close() };
}

/** The token of a sign-in link. */
export const tokenOf = (url: string): string => new URL(url).searchParams.get("token") ?? "";

/** Signs `actor` in through a link and returns the session cookie value and its CSRF token. */
export async function signIn(c: ConsoleHarness, actor: string): Promise<{ cookie: string; session: string; csrf: string }> {
  const [channel, id] = actor.split(":") as ["telegram", string];
  const url = await issueLink(c.deps, { channel, id });
  if (!url) throw new Error(`${actor} may not sign in`);
  const res = await c.server.inject({ method: "POST", url: "/console/login", payload: { token: tokenOf(url) } });
  const set = res.cookies.find((k) => k.name === SESSION_COOKIE);
  if (res.statusCode !== 303 || !set) throw new Error(`sign-in failed: ${res.statusCode}`);
  return { cookie: `${SESSION_COOKIE}=${set.value}`, session: set.value, csrf: csrfToken(set.value) };
}

/** GET as a signed-in person. */
export async function get(c: ConsoleHarness, who: { cookie: string }, url: string) {
  return c.server.inject({ method: "GET", url, headers: { cookie: who.cookie } });
}

/** POST a form as a signed-in person, with the CSRF token. */
export async function post(c: ConsoleHarness, who: { cookie: string; csrf: string }, url: string, form: Record<string, string> = {}) {
  return c.server.inject({ method: "POST", url, headers: { cookie: who.cookie }, payload: { ...form, _csrf: who.csrf } });
}

/** Registers an officer for every commune of `province` (and one Sở), so it is complete. */
export async function registerProvince(c: ConsoleHarness, province: string, limit?: number): Promise<number> {
  const units = communesOf(province).slice(0, limit);
  const now = c.h.clock.now();
  await c.h.store.officer.create({
    data: {
      channel: "telegram", externalUserId: "9000", province, unitKind: "so_vhttdl", unitName: `Sở VHTTDL ${province}`,
      fullName: "Trần Sở", position: "Phó Giám đốc", phone: "0900000000", email: "so@example.vn", role: "phoi_hop", consentAt: now, createdAt: now,
    },
  });
  await c.h.store.officer.createMany({
    data: units.map((u, i) => ({
      channel: "telegram", externalUserId: String(10_000 + i), province, unitKind: u.kind === "phường" ? "phuong" : u.kind === "đặc khu" ? "dac_khu" : "xa",
      unitName: u.name, unitCode: u.code, fullName: `Cán bộ ${i + 1}`, position: "Chuyên viên", phone: `09${String(10_000_000 + i).slice(-8)}`,
      email: `cb${i}@example.vn`, role: "quan_tri", consentAt: now, createdAt: now,
    })),
  });
  return units.length;
}

/** A multipart/form-data body with the CSRF field first and one file, as a browser sends it. */
export function multipart(fields: Record<string, string>, file: { name: string; fileName: string; data: Buffer; type?: string }) {
  const boundary = `----console${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.fileName}"\r\nContent-Type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a file to a console form as a signed-in person. */
export async function upload(c: ConsoleHarness, who: { cookie: string; csrf: string }, url: string, fileName: string, data: Buffer, csrf = who.csrf) {
  const body = multipart({ _csrf: csrf }, { name: "file", fileName, data });
  return c.server.inject({ method: "POST", url, headers: { ...body.headers, cookie: who.cookie }, payload: body.payload });
}
