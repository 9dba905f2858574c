// Chats and people as the platforms show them: kept on record at every message (a private chat id
// is how the bot reaches a person later). Rows this process already wrote with the same values are
// not written again (see known-rows.ts). The two upserts are portable raw SQL (ON CONFLICT runs on
// SQLite and PostgreSQL): about 0.5 ms each instead of 2–4 ms for a Prisma model upsert.
import { Prisma, type Chat } from "../generated/prisma/client.js";
import { hotSql, knownRows, type Store } from "./db.js";
import { CACHE_SAFE, KnownRows } from "./known-rows.js";
import { movePendingOutboxChat } from "./outbox.js";

export type { Chat };

const CACHE_SAFE_SQL = Prisma.raw(CACHE_SAFE);

export interface SeenChat {
  channel: string;
  id: string;
  kind: string;
  title?: string;
  isForum?: boolean;
}

export interface SeenPerson {
  channel: string;
  id: string;
  displayName: string;
  /** Set when the person wrote in their private chat with the bot. */
  privateChatId?: string;
}

/** Records a chat the bot saw (a group's new title included). */
export async function rememberChat(db: Store, chat: SeenChat): Promise<void> {
  const known = knownRows(db);
  const cacheKey = KnownRows.keyOf("Chat", { channel: chat.channel, externalId: chat.id })!;
  const update = chat.title ? { title: chat.title, isForum: !!chat.isForum } : {};
  const seen = known?.get("Chat", cacheKey) as string | undefined;
  if (seen !== undefined && (chat.title === undefined || seen === JSON.stringify(update))) return;
  known?.forget("Chat", cacheKey);
  const now = new Date();
  const title = chat.title ?? null;
  const isForum = !!chat.isForum;
  // A title (groups) is kept up to date; a chat seen without one keeps what it had.
  if (chat.title) {
    await hotSql(db).execute`${CACHE_SAFE_SQL}INSERT INTO "Chat" ("channel", "externalId", "kind", "title", "isForum", "createdAt", "updatedAt")
      VALUES (${chat.channel}, ${chat.id}, ${chat.kind}, ${title}, ${isForum}, ${now}, ${now})
      ON CONFLICT ("channel", "externalId") DO UPDATE SET "title" = excluded."title", "isForum" = excluded."isForum", "updatedAt" = excluded."updatedAt"`;
  } else {
    await hotSql(db).execute`${CACHE_SAFE_SQL}INSERT INTO "Chat" ("channel", "externalId", "kind", "title", "isForum", "createdAt", "updatedAt")
      VALUES (${chat.channel}, ${chat.id}, ${chat.kind}, ${title}, ${isForum}, ${now}, ${now})
      ON CONFLICT ("channel", "externalId") DO NOTHING`;
  }
  known?.set("Chat", cacheKey, JSON.stringify(update));
}

/** Records a person the bot saw: their display name and, once known, their private chat. */
export async function rememberPerson(db: Store, person: SeenPerson): Promise<void> {
  const known = knownRows(db);
  const cacheKey = KnownRows.keyOf("Person", { channel: person.channel, externalId: person.id })!;
  const seen = known?.get("Person", cacheKey) as { displayName: string; privateChatId?: string } | undefined;
  const { privateChatId } = person;
  if (seen?.displayName === person.displayName && (!privateChatId || seen.privateChatId === privateChatId)) return;
  known?.forget("Person", cacheKey);
  const now = new Date();
  // A private chat id, once known, is kept when the person writes in a group.
  await hotSql(db).execute`${CACHE_SAFE_SQL}INSERT INTO "Person" ("channel", "externalId", "displayName", "privateChatId", "createdAt", "updatedAt")
    VALUES (${person.channel}, ${person.id}, ${person.displayName}, ${privateChatId ?? null}, ${now}, ${now})
    ON CONFLICT ("channel", "externalId") DO UPDATE SET "displayName" = excluded."displayName",
      "privateChatId" = COALESCE(excluded."privateChatId", "Person"."privateChatId"), "updatedAt" = excluded."updatedAt"`;
  known?.set("Person", cacheKey, { displayName: person.displayName, privateChatId: privateChatId ?? seen?.privateChatId });
}

/** The person's private chat with the bot, if they ever wrote there. */
export async function privateChatOf(db: Pick<Store, "person">, channel: string, userId: string): Promise<string | null> {
  const person = await db.person.findUnique({ where: { channel_externalId: { channel, externalId: userId } }, select: { privateChatId: true } });
  return person?.privateChatId ?? null;
}

/** The name the platform shows for the person, if known. */
export async function personName(db: Pick<Store, "person">, channel: string, userId: string): Promise<string | undefined> {
  const person = await db.person.findUnique({ where: { channel_externalId: { channel, externalId: userId } }, select: { displayName: true } });
  return person?.displayName ?? undefined;
}

/**
 * A Telegram group became a supergroup: its record and its pending messages move to the new id.
 * A record the new id already has is kept (the bot saw the supergroup first).
 */
export async function moveChatToNewId(db: Store, channel: string, oldId: string, newId: string): Promise<void> {
  const existing = await db.chat.findUnique({ where: { channel_externalId: { channel, externalId: newId } } });
  if (!existing) {
    await db.chat.updateMany({ where: { channel, externalId: oldId }, data: { externalId: newId } });
  }
  await movePendingOutboxChat(db, channel, oldId, newId);
}

/** Drops the display name the bot keeps for a person (all it keeps about someone who never registered). */
export async function forgetDisplayName(db: Pick<Store, "person">, channel: string, userId: string): Promise<void> {
  await db.person.updateMany({ where: { channel, externalId: userId }, data: { displayName: null } });
}
