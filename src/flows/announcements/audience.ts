// Who an announcement reaches: linked groups (all, Sở, commune), registered officers privately, or
// the groups of units still missing a registration — optionally only in chosen provinces. Chats
// that blocked the bot or no longer exist are set aside rather than tried again on every
// announcement.
import type { Channel } from "../../bot/types.js";
import type { AudienceCode } from "../../messages/announcements.js";
import { canonicalProvince } from "../../reference/provinces.js";
import { permanentFailures } from "../../store/announcements.js";
import type { Store } from "../../store/db.js";
import { activeRegistrationPlaces, chatLastSeen, linkedOfficerGroups, privateChatsOf } from "../../store/group-links.js";
import { completeness, loadRoster, soIncomplete } from "../registration/roster.js";
import { audienceMatches } from "../reminders/sessions.js";

export const AUDIENCE_CODES: readonly AudienceCode[] = ["all", "so", "xa", "officers", "missing"];
export const isAudience = (v: unknown): v is AudienceCode => typeof v === "string" && (AUDIENCE_CODES as readonly string[]).includes(v);

export interface AudienceSpec {
  audience: AudienceCode;
  /** Canonical province names; empty means every province. */
  provinces: string[];
}

export interface Target {
  channel: Channel;
  chatId: string;
  kind: "group" | "private";
  title?: string | null;
  province?: string | null;
}

export interface UnreachableTarget extends Target {
  /** The platform's answer when the chat was last found unreachable. */
  error: string;
}

export interface Resolved {
  targets: Target[];
  unreachable: UnreachableTarget[];
}

/** Platform answers that mean the chat is gone for the bot, not that this one message failed. */
export const GONE_RE = /\b403\b|blocked|kicked|not a member|chat not found|user not found|deactivated|not exist|removed from/i;

const canonical = (p: string | null | undefined) => (p ? (canonicalProvince(p) ?? p) : undefined);

async function linkedGroups(store: Store, spec: AudienceSpec, accept: (province: string, audience: string | null) => boolean): Promise<Target[]> {
  const rows = await linkedOfficerGroups(store);
  const wanted = new Set(spec.provinces);
  return rows
    .filter((g) => {
      const p = canonical(g.province);
      return !!p && (wanted.size === 0 || wanted.has(p)) && accept(p, g.audience);
    })
    .map((g) => ({ channel: g.channel as Channel, chatId: g.externalId, kind: "group" as const, title: g.title, province: canonical(g.province) }));
}

async function officerChats(store: Store, spec: AudienceSpec): Promise<Target[]> {
  const wanted = new Set(spec.provinces);
  const officers = (await activeRegistrationPlaces(store)).filter((o) => wanted.size === 0 || wanted.has(canonical(o.province) ?? ""));
  const provinceOf = new Map(officers.map((o) => [`${o.channel}:${o.externalUserId}`, canonical(o.province)]));
  const out = new Map<string, Target>();
  for (const p of await privateChatsOf(store, [...new Set(officers.map((o) => o.externalUserId))])) {
    const key = `${p.channel}:${p.externalId}`;
    if (!provinceOf.has(key)) continue;
    out.set(`${p.channel}:${p.privateChatId}`, { channel: p.channel as Channel, chatId: p.privateChatId, kind: "private", province: provinceOf.get(key) });
  }
  return [...out.values()];
}

/** Groups of provinces still short of registrations: a free Sở place, or a unit of the list missing. */
async function missingGroups(store: Store, spec: AudienceSpec): Promise<Target[]> {
  const status = new Map(completeness(await loadRoster(store)).map((s) => [s.province, s]));
  return linkedGroups(store, spec, (province, audience) => {
    const s = status.get(province);
    if (!s) return false;
    const a = audience ?? "all";
    // Sở places still free, or communes of the official list nobody has registered for yet.
    return (a !== "xa" && soIncomplete(s)) || (a !== "so" && s.missing.length > 0);
  });
}

async function candidates(store: Store, spec: AudienceSpec): Promise<Target[]> {
  switch (spec.audience) {
    case "all":
      return linkedGroups(store, spec, () => true);
    case "so":
    case "xa":
      return linkedGroups(store, spec, (_p, a) => audienceMatches(spec.audience, a));
    case "officers":
      return officerChats(store, spec);
    case "missing":
      return missingGroups(store, spec);
  }
}

/**
 * Chats whose last delivery failed because the chat is gone (blocked, removed, deleted) and that
 * have not written to the bot since: sending to them again would only fail again.
 */
async function goneChats(store: Store, targets: Target[]): Promise<Map<string, string>> {
  const gone = new Map<string, string>();
  if (targets.length === 0) return gone;
  const failed = await permanentFailures(store);
  const lastGone = new Map<string, { at: Date; error: string }>();
  for (const f of failed) if (f.lastError && GONE_RE.test(f.lastError)) lastGone.set(`${f.channel}:${f.chatId}`, { at: f.updatedAt, error: f.lastError });
  if (lastGone.size === 0) return gone;
  const wanted = new Set(targets.map((t) => `${t.channel}:${t.chatId}`));
  for (const [key, g] of lastGone) {
    if (!wanted.has(key)) continue;
    const [channel, chatId] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    // Any message from the chat (or its person) after the failure means it is back.
    const active = (await chatLastSeen(store, channel, chatId)).some((d) => d > g.at);
    if (!active) gone.set(key, g.error);
  }
  return gone;
}

export async function resolveAudience(store: Store, spec: AudienceSpec): Promise<Resolved> {
  const all = await candidates(store, spec);
  const gone = await goneChats(store, all);
  const targets: Target[] = [];
  const unreachable: UnreachableTarget[] = [];
  for (const t of all) {
    const error = gone.get(`${t.channel}:${t.chatId}`);
    if (error) unreachable.push({ ...t, error });
    else targets.push(t);
  }
  return { targets, unreachable };
}
