// Conversation context: the last question (or schedule request) of a person in a chat, kept in
// the store for a short while so a follow-up is understood after a restart too.
import type { Ctx } from "../../bot/context.js";
import { forgetLastTurn, loadLastTurn, saveLastTurn } from "../../store/conversation.js";

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
  const row = await loadLastTurn(ctx.deps.store, keyOf(ctx));
  if (!row || row.expiresAt <= ctx.deps.clock.now()) return undefined;
  return { question: row.question, intent: row.intent === "schedule" ? "schedule" : "question", source: row.source };
}

export async function saveTurn(ctx: Ctx, turn: ConversationTurn): Promise<void> {
  const now = ctx.deps.clock.now();
  await saveLastTurn(
    ctx.deps.store,
    keyOf(ctx),
    {
      question: turn.question.slice(0, MAX_QUESTION_CHARS),
      intent: turn.intent,
      source: turn.source ?? null,
      expiresAt: new Date(now.getTime() + CONTEXT_TTL_MS),
    },
    now,
  );
}

/** Another process took over (a form, a ticket): what follows is not about the last question. */
export async function forgetTurn(ctx: Ctx): Promise<void> {
  await forgetLastTurn(ctx.deps.store, keyOf(ctx));
}
