// Sign-in without passwords: /web (or npm run console:link) gives a one-time link valid for ten
// minutes; opening it and pressing the button exchanges it for a session cookie that lapses after
// eight idle hours. Only hashes of the secrets are stored. The role is read from the configuration
// on every request, so removing someone from ADMIN_IDS / SUPPORT_STAFF_IDS takes effect at once.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Channel } from "../bot/types.js";
import type { Clock } from "../clock.js";
import type { ChatRef, Config } from "../config.js";
import {
  deleteExpiredTokens,
  deleteToken,
  deleteTokensOf,
  extendSession,
  findSession,
  insertToken,
  useLink,
} from "../store/console-tokens.js";
import type { Store } from "../store/db.js";

export const LINK_TTL_MS = 10 * 60_000;
export const SESSION_IDLE_MS = 8 * 3_600_000;
/** A session's expiry is moved at most this often (one write per minute, not per request). */
const EXTEND_EVERY_MS = 60_000;

export type ConsoleRole = "admin" | "staff";

export interface Viewer {
  /** channel:id, as in ADMIN_IDS. */
  actor: string;
  channel: Channel;
  /** The platform user id (what the chat commands record as assignee). */
  id: string;
  role: ConsoleRole;
}

export interface AuthDeps {
  store: Store;
  clock: Clock;
  config: Pick<Config, "admins" | "supportStaff" | "PUBLIC_URL">;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const secret = () => randomBytes(32).toString("base64url");
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** Admin wins over staff; an id listed for another platform is nobody. */
export function roleOf(config: AuthDeps["config"], ref: ChatRef): ConsoleRole | undefined {
  const same = (r: ChatRef) => r.channel === ref.channel && r.id === ref.id;
  if (config.admins.some(same)) return "admin";
  if (config.supportStaff.some(same)) return "staff";
  return undefined;
}

export function parseActor(actor: string): ChatRef | undefined {
  const m = /^(telegram|zalo|shell):(\S+)$/.exec(actor);
  return m ? { channel: m[1] as Channel, id: m[2]! } : undefined;
}

function viewerOf(config: AuthDeps["config"], actor: string): Viewer | undefined {
  const ref = parseActor(actor);
  const role = ref && roleOf(config, ref);
  return ref && role ? { actor, channel: ref.channel, id: ref.id, role } : undefined;
}

export function consoleUrl(config: Pick<Config, "PUBLIC_URL">, path: string): string {
  return `${config.PUBLIC_URL.replace(/\/+$/, "")}${path}`;
}

/** A one-time sign-in link for `ref`, or undefined when they have no console role. */
export async function issueLink(deps: AuthDeps, ref: ChatRef): Promise<string | undefined> {
  if (!roleOf(deps.config, ref)) return undefined;
  const now = deps.clock.now();
  await deleteExpiredTokens(deps.store, now);
  const token = secret();
  await insertToken(deps.store, {
    tokenHash: sha256(token),
    kind: "link",
    actor: `${ref.channel}:${ref.id}`,
    expiresAt: new Date(now.getTime() + LINK_TTL_MS),
    now,
  });
  return consoleUrl(deps.config, `/console/login?token=${token}`);
}

/** Exchanges a link's token for a new session token; undefined if unknown, used or expired. */
export async function redeemLink(deps: AuthDeps, token: string): Promise<{ session: string; viewer: Viewer } | undefined> {
  if (!TOKEN_RE.test(token)) return undefined;
  const now = deps.clock.now();
  const actor = await useLink(deps.store, sha256(token), now);
  const viewer = actor ? viewerOf(deps.config, actor) : undefined;
  if (!viewer) return undefined;
  const session = secret();
  await insertToken(deps.store, {
    tokenHash: sha256(session),
    kind: "session",
    actor: viewer.actor,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    now,
  });
  return { session, viewer };
}

/**
 * The person a session cookie belongs to, with their current role. Moves the idle deadline unless
 * `extend` is false (a page refreshing itself is not the person being active).
 */
export async function sessionViewer(deps: AuthDeps, session: string | undefined, extend = true): Promise<Viewer | undefined> {
  if (!session || !TOKEN_RE.test(session)) return undefined;
  const now = deps.clock.now();
  const hash = sha256(session);
  const found = await findSession(deps.store, hash, now);
  if (!found) return undefined;
  const viewer = viewerOf(deps.config, found.actor);
  if (!viewer) return undefined;
  const next = now.getTime() + SESSION_IDLE_MS;
  if (extend && next - found.expiresAt.getTime() >= EXTEND_EVERY_MS) await extendSession(deps.store, hash, new Date(next));
  return viewer;
}

export async function endSession(deps: AuthDeps, session: string): Promise<void> {
  if (TOKEN_RE.test(session)) await deleteToken(deps.store, sha256(session));
}

/** /web_thoat: every session and unused link of this person; returns the sessions ended. */
export async function endAllSessions(deps: AuthDeps, ref: ChatRef): Promise<number> {
  return deleteTokensOf(deps.store, `${ref.channel}:${ref.id}`, deps.clock.now());
}

/** The CSRF token of a session: derived from the (HttpOnly) session secret, so nothing is stored. */
export function csrfToken(session: string): string {
  return createHmac("sha256", session).update("console-csrf").digest("base64url");
}

export function csrfMatches(session: string, given: unknown): boolean {
  if (typeof given !== "string") return false;
  const expected = Buffer.from(csrfToken(session));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
