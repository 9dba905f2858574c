// The answer log: every question, the decision taken and the asker's feedback, for the reports
// and for the answer's buttons. Writing the question happens for every question answered, so it
// is one portable raw statement (INSERT … RETURNING runs on SQLite ≥ 3.35 and PostgreSQL).
import type { AnswerLog } from "../generated/prisma/client.js";
import { hotSql, type Store } from "./db.js";

export interface AskedQuestion {
  channel: string;
  chatId: string;
  chatKind: string;
  userId: string;
  question: string;
  answered: boolean;
  confidence: number;
  /** faq:<id> or the slug of the best letter. */
  source: string | null;
  at: Date;
}

/** Records a question and the decision; returns the log id the answer's buttons carry. */
export async function logQuestion(db: Store, q: AskedQuestion): Promise<number> {
  const rows = await hotSql(db).query<{ id: number | bigint }[]>`INSERT INTO "AnswerLog"
    ("channel", "chatId", "chatKind", "userId", "question", "answered", "confidence", "source", "createdAt")
    VALUES (${q.channel}, ${q.chatId}, ${q.chatKind}, ${q.userId}, ${q.question}, ${q.answered}, ${q.confidence}, ${q.source}, ${q.at})
    RETURNING "id"`;
  return Number(rows[0]!.id);
}

export type LoggedQuestion = Pick<AnswerLog, "id" | "channel" | "chatId" | "userId" | "question" | "answered" | "source" | "feedback" | "ticketId">;

/** The logged question an answer's button refers to (read at every button press: raw SQL). */
export async function loggedQuestion(db: Store, id: number): Promise<LoggedQuestion | null> {
  const rows = await hotSql(db).query<LoggedQuestion[]>`SELECT "id", "channel", "chatId", "userId", "question", "answered", "source", "feedback", "ticketId"
    FROM "AnswerLog" WHERE "id" = ${id}`;
  const r = rows[0];
  if (!r) return null;
  return { ...r, id: Number(r.id), answered: Boolean(r.answered), ticketId: r.ticketId === null ? null : Number(r.ticketId) };
}

/** Records the asker's 👍/👎 once; false when feedback was already given (or the row is gone). */
export async function recordFeedback(db: Store, id: number, value: "up" | "down"): Promise<boolean> {
  const updated = await hotSql(db).execute`UPDATE "AnswerLog" SET "feedback" = ${value} WHERE "id" = ${id} AND "feedback" IS NULL`;
  return updated > 0;
}

/** Links a declined question to the ticket it became, unless another ticket already took it. */
export async function linkQuestionToTicket(db: Pick<Store, "answerLog">, id: number, ticketId: number): Promise<boolean> {
  const linked = await db.answerLog.updateMany({ where: { id, ticketId: null }, data: { ticketId } });
  return linked.count > 0;
}
