// The numbered menu last shown in a chat without buttons (Zalo, the shell), so "2" or a choice's
// words can be mapped back to the choice.
import type { Store } from "./db.js";

export interface StoredMenu {
  /** JSON array of { id, label }. */
  choices: string;
  createdAt: Date;
}

export async function lastMenu(db: Pick<Store, "choiceMenu">, channel: string, chatId: string): Promise<StoredMenu | null> {
  return db.choiceMenu.findUnique({ where: { channel_chatId: { channel, chatId } }, select: { choices: true, createdAt: true } });
}

export async function saveMenu(db: Pick<Store, "choiceMenu">, channel: string, chatId: string, choices: string, now: Date): Promise<void> {
  await db.choiceMenu.upsert({
    where: { channel_chatId: { channel, chatId } },
    create: { channel, chatId, choices, createdAt: now },
    update: { choices, createdAt: now },
  });
}

export async function forgetMenu(db: Pick<Store, "choiceMenu">, channel: string, chatId: string): Promise<void> {
  await db.choiceMenu.deleteMany({ where: { channel, chatId } });
}
