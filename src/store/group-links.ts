// Who the bot can reach for reminders and announcements: groups linked to a province and an
// audience (/lienket, /huylienket), and the private chats of people who wrote to the bot. Every
// function runs on the store or inside a transaction. Deciding who a message concerns (provinces,
// audiences) is the flows' business; these only fetch the rows.
import type { Prisma } from "../generated/prisma/client.js";

/** The store or a transaction client. */
export type LinksDb = Prisma.TransactionClient;

export interface GroupLink {
  province: string | null;
  audience: string | null;
}

export interface LinkedGroup {
  channel: string;
  externalId: string;
  title: string | null;
  province: string | null;
  audience: string | null;
}

/** People looked up per statement: SQLite binds at most ~32k parameters. */
const CHUNK = 500;

const chatKey = (channel: string, chatId: string) => ({ channel_externalId: { channel, externalId: chatId } });

/** The group's link (province, audience), or null when the bot does not know the chat. */
export async function groupLink(db: LinksDb, channel: string, chatId: string): Promise<GroupLink | null> {
  return db.chat.findUnique({ where: chatKey(channel, chatId), select: { province: true, audience: true } });
}

/** Links the group to a province and audience (replacing an earlier link). */
export async function linkGroup(db: LinksDb, channel: string, chatId: string, link: { province: string; audience: string }): Promise<void> {
  await db.chat.update({ where: chatKey(channel, chatId), data: { province: link.province, audience: link.audience } });
}

export async function unlinkGroup(db: LinksDb, channel: string, chatId: string): Promise<void> {
  await db.chat.update({ where: chatKey(channel, chatId), data: { province: null, audience: null } });
}

/** Groups linked to one of `provinces` (names as stored). */
export async function groupsLinkedTo(db: LinksDb, provinces: string[]): Promise<LinkedGroup[]> {
  return db.chat.findMany({
    where: { kind: "group", province: { in: provinces } },
    select: { channel: true, externalId: true, title: true, province: true, audience: true },
  });
}

/** Every officers' group linked to some province, oldest first (support chats are not among them). */
export async function linkedOfficerGroups(db: LinksDb): Promise<LinkedGroup[]> {
  return db.chat.findMany({
    where: { kind: "group", role: "officer", province: { not: null } },
    select: { channel: true, externalId: true, title: true, province: true, audience: true },
    orderBy: { id: "asc" },
  });
}

/** Where each active registration is (the province as registered) and for which unit kind. */
export async function activeRegistrationPlaces(db: LinksDb): Promise<{ channel: string; externalUserId: string; province: string; unitKind: string }[]> {
  return db.officer.findMany({ where: { status: "active" }, select: { channel: true, externalUserId: true, province: true, unitKind: true } });
}

/** The private chats with the bot of people with these platform ids (any channel). */
export async function privateChatsOf(db: LinksDb, externalIds: string[]): Promise<{ channel: string; externalId: string; privateChatId: string }[]> {
  const out: { channel: string; externalId: string; privateChatId: string }[] = [];
  for (let i = 0; i < externalIds.length; i += CHUNK) {
    const persons = await db.person.findMany({
      where: { externalId: { in: externalIds.slice(i, i + CHUNK) }, privateChatId: { not: null } },
      select: { channel: true, externalId: true, privateChatId: true },
    });
    for (const p of persons) if (p.privateChatId) out.push({ channel: p.channel, externalId: p.externalId, privateChatId: p.privateChatId });
  }
  return out;
}

/** Kind and title of the chats with these ids, keyed `channel:externalId`. */
export async function chatsByExternalId(
  db: LinksDb,
  externalIds: string[],
): Promise<Map<string, { kind: string; title: string | null; province: string | null }>> {
  const out = new Map<string, { kind: string; title: string | null; province: string | null }>();
  const ids = [...new Set(externalIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const found = await db.chat.findMany({
      where: { externalId: { in: ids.slice(i, i + CHUNK) } },
      select: { channel: true, externalId: true, kind: true, title: true, province: true },
    });
    for (const c of found) out.set(`${c.channel}:${c.externalId}`, { kind: c.kind, title: c.title, province: c.province });
  }
  return out;
}

/** When the chat, or the person whose private chat it is, was last seen by the bot. */
export async function chatLastSeen(db: LinksDb, channel: string, chatId: string): Promise<Date[]> {
  const chat = await db.chat.findUnique({ where: chatKey(channel, chatId), select: { updatedAt: true } });
  const person = await db.person.findFirst({ where: { channel, privateChatId: chatId }, select: { updatedAt: true } });
  return [chat?.updatedAt, person?.updatedAt].filter((d): d is Date => d !== undefined);
}
