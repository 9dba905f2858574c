// Training sessions as the reminder flows see them, who a session concerns, and how it is shown.
import type { Channel } from "../../bot/types.js";
import type { TrainingSession } from "../../store/schedule.js";
import { reminders as t, type AudienceCode, type ModeCode, type SessionView } from "../../messages/reminders.js";
import { canonicalProvince } from "../../reference/provinces.js";
import { activeRegistrationPlaces, groupsLinkedTo, privateChatsOf, type LinksDb } from "../../store/group-links.js";
import { formatDate, formatTime, localParts, localStamp } from "../../time.js";

/** The store or the client inside a transaction: both can run these queries. */
export type Db = LinksDb;

export const AUDIENCES: readonly AudienceCode[] = ["so", "xa", "all"];

export function provincesOf(s: Pick<TrainingSession, "provinces">): string[] {
  return s.provinces.split(";").map((p) => p.trim()).filter(Boolean);
}

/** A registration's unit kind (so_vhttdl, xa, phuong, dac_khu, …) as a schedule audience. */
export function officerAudience(unitKind: string): "so" | "xa" | undefined {
  if (unitKind.startsWith("so")) return "so";
  if (unitKind === "xa" || unitKind === "phuong" || unitKind === "dac_khu") return "xa";
  return undefined;
}

/** A session for `all` concerns everyone; a group linked for `all` wants every session. */
export function audienceMatches(session: string, recipient: string | null | undefined): boolean {
  const r = recipient ?? "all";
  return session === "all" || r === "all" || session === r;
}

/** "Thứ Hai, 19/01/2026, 08:30–11:30" in the configured zone. */
export function formatWhen(startsAt: Date, endsAt: Date, tz: string): string {
  const s = localParts(startsAt, tz);
  const e = localParts(endsAt, tz);
  const sameDay = s.y === e.y && s.m === e.m && s.d === e.d;
  return `${t.weekdays[s.weekday]}, ${formatDate(s)}, ${formatTime(s)}–${formatTime(e)}${sameDay ? "" : ` ${formatDate(e)}`}`;
}

export function sessionView(s: TrainingSession, tz: string): SessionView {
  return {
    id: s.sessionId,
    when: formatWhen(s.startsAt, s.endsAt, tz),
    startTime: formatTime(localParts(s.startsAt, tz)),
    topic: s.topic,
    audience: (AUDIENCES as readonly string[]).includes(s.audience) ? (s.audience as AudienceCode) : "all",
    mode: s.mode === "offline" ? "offline" : ("online" as ModeCode),
    location: s.location,
    contact: s.contact,
  };
}

/**
 * Identifies one occurrence of a session in dedupe keys: its id and local start. A session moved
 * to another time gets fresh keys, so a reminder already sent for the old time does not block the
 * reminder for the new one.
 */
export function sessionStamp(s: Pick<TrainingSession, "sessionId" | "startsAt">, tz: string): string {
  return `${s.sessionId}@${localStamp(s.startsAt, tz)}`;
}

export interface Recipient {
  channel: Channel;
  chatId: string;
  kind: "group" | "officer";
}

export const recipientKey = (r: { channel: string; chatId: string }) => `${r.channel}:${r.chatId}`;

const provinceCache = new Map<string, string | undefined>();
/** Registrations may hold a former or differently written name: compare canonical names. */
function canonical(name: string): string | undefined {
  if (!provinceCache.has(name)) provinceCache.set(name, canonicalProvince(name) ?? name);
  return provinceCache.get(name);
}

/**
 * Everyone a session concerns: groups linked to one of its provinces with a matching audience, and
 * active registered officers of those provinces and audience who have a private chat with the bot.
 */
export async function findRecipients(db: Db, session: Pick<TrainingSession, "provinces" | "audience">): Promise<Recipient[]> {
  const provinces = new Set(provincesOf(session));
  const out = new Map<string, Recipient>();

  for (const g of await groupsLinkedTo(db, [...provinces])) {
    if (!audienceMatches(session.audience, g.audience)) continue;
    const r: Recipient = { channel: g.channel as Channel, chatId: g.externalId, kind: "group" };
    out.set(recipientKey(r), r);
  }

  const officers = (await activeRegistrationPlaces(db)).filter((o) => {
    const p = canonical(o.province);
    const aud = officerAudience(o.unitKind);
    return p !== undefined && provinces.has(p) && aud !== undefined && audienceMatches(session.audience, aud);
  });
  const wanted = new Set(officers.map((o) => `${o.channel}:${o.externalUserId}`));
  for (const p of await privateChatsOf(db, [...new Set(officers.map((o) => o.externalUserId))])) {
    if (!wanted.has(`${p.channel}:${p.externalId}`)) continue;
    const r: Recipient = { channel: p.channel as Channel, chatId: p.privateChatId, kind: "officer" };
    if (!out.has(recipientKey(r))) out.set(recipientKey(r), r);
  }
  return [...out.values()];
}
