// Conversation context: the last question (or schedule request) of a person in a chat, kept in
// the store for a short while so a follow-up is understood after a restart too.
import type { Ctx } from "../../bot/context.js";

/** About the length of one sitting; a question much later starts afresh. */
export const CONTEXT_TTL_MS = 30 * 60_000;
/** A long chain of follow-ups must not grow the query without bound. */
const MAX_QUESTION_CHARS = 500;

export interface ConversationTurn {
  question: string;
  intent: "question" | "schedule";
  source?: string | null;
}

const keyOf = (ctx: Ctx) => ({ channel: ctx.in.channel, chatId: ctx.in.chat.id, userId: ctx.in.sender.id });

export async function loadTurn(ctx: Ctx): Promise<ConversationTurn | undefined> {
  const row = await ctx.deps.store.conversationContext.findUnique({ where: { channel_chatId_userId: keyOf(ctx) } });
  if (!row || row.expiresAt <= ctx.deps.clock.now()) return undefined;
  return { question: row.question, intent: row.intent === "schedule" ? "schedule" : "question", source: row.source };
}

export async function saveTurn(ctx: Ctx, turn: ConversationTurn): Promise<void> {
  const key = keyOf(ctx);
  const data = {
    question: turn.question.slice(0, MAX_QUESTION_CHARS),
    intent: turn.intent,
    source: turn.source ?? null,
    expiresAt: new Date(ctx.deps.clock.now().getTime() + CONTEXT_TTL_MS),
  };
  await ctx.deps.store.conversationContext.upsert({ where: { channel_chatId_userId: key }, create: { ...key, ...data }, update: data });
}

/** Another process took over (a form, a ticket): what follows is not about the last question. */
export async function forgetTurn(ctx: Ctx): Promise<void> {
  await ctx.deps.store.conversationContext.deleteMany({ where: keyOf(ctx) });
}
