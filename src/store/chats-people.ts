// Chats and people as the platforms show them: kept on record at every message (a private chat id
// is how the bot reaches a person later). Rows this process already wrote with the same values are
// not written again (see known-rows.ts): these two upserts were most of a message's store work.
import { knownRows, type Store } from "./db.js";
import { KnownRows } from "./known-rows.js";

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
  await db.chat.upsert({
    where: { channel_externalId: { channel: chat.channel, externalId: chat.id } },
    create: { channel: chat.channel, externalId: chat.id, kind: chat.kind, title: chat.title, isForum: !!chat.isForum },
    update,
  });
  known?.set("Chat", cacheKey, JSON.stringify(update));
}

/** Records a person the bot saw: their display name and, once known, their private chat. */
export async function rememberPerson(db: Store, person: SeenPerson): Promise<void> {
  const known = knownRows(db);
  const cacheKey = KnownRows.keyOf("Person", { channel: person.channel, externalId: person.id })!;
  const seen = known?.get("Person", cacheKey) as { displayName: string; privateChatId?: string } | undefined;
  const { privateChatId } = person;
  if (seen?.displayName === person.displayName && (!privateChatId || seen.privateChatId === privateChatId)) return;
  await db.person.upsert({
    where: { channel_externalId: { channel: person.channel, externalId: person.id } },
    create: { channel: person.channel, externalId: person.id, displayName: person.displayName, privateChatId },
    update: { displayName: person.displayName, ...(privateChatId ? { privateChatId } : {}) },
  });
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
