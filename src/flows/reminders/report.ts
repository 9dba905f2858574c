// /nhacnho_baocao [session]: what happened to each session's reminders and notices.
import { reminders as t, type ReportCounts } from "../../messages/reminders.js";
import type { Store } from "../../store/db.js";
import { chatsByExternalId } from "../../store/group-links.js";
import {
  otherKindProblemCounts,
  SESSION_MESSAGE_KINDS,
  sessionMessageCounts,
  sessionMessagesWithStatus,
  trainingSession,
  trainingSessions,
  trainingSessionsByStart,
  type TrainingSession,
} from "../../store/schedule.js";
import { formatWhen } from "./sessions.js";

export const REPORT_KINDS = SESSION_MESSAGE_KINDS;
const PROBLEM_STATUSES = ["failed", "skipped", "ambiguous"];
const MAX_SESSIONS = 40;
const MAX_PROBLEMS = 20;
/** Sessions shown in the overview: those with messages, and those starting within this window. */
const UPCOMING_MS = 7 * 86_400_000;

const zero = (): ReportCounts => ({ sent: 0, pending: 0, failed: 0, skipped: 0, ambiguous: 0, cancelled: 0 });

function add(c: ReportCounts, status: string, n: number): void {
  // A row in flight ("sending") is still to be confirmed: count it with the pending ones.
  const key = status === "sending" ? "pending" : status;
  if (key in c) c[key as keyof ReportCounts] += n;
}

async function countsBy(store: Store, sessionIds?: string[]): Promise<Map<string, Map<string, ReportCounts>>> {
  const out = new Map<string, Map<string, ReportCounts>>();
  for (const g of await sessionMessageCounts(store, sessionIds)) {
    const byKind = out.get(g.refId) ?? new Map<string, ReportCounts>();
    const c = byKind.get(g.kind) ?? zero();
    add(c, g.status, g.count);
    byKind.set(g.kind, c);
    out.set(g.refId, byKind);
  }
  return out;
}

async function findSession(store: Store, id: string): Promise<TrainingSession | undefined> {
  const exact = await trainingSession(store, id);
  if (exact) return exact;
  // Admins type "d1-01" as readily as "D1-01".
  return (await trainingSessions(store)).find((s) => s.sessionId.toLowerCase() === id.toLowerCase());
}

export async function buildReport(store: Store, now: Date, tz: string, sessionArg?: string): Promise<string> {
  if (sessionArg) {
    const s = await findSession(store, sessionArg.trim());
    if (!s) return t.reportUnknownSession(sessionArg.trim());
    return sessionDetail(store, s, tz);
  }
  const counts = await countsBy(store);
  const sessions = (await trainingSessionsByStart(store)).filter(
    (s) => counts.has(s.sessionId) || (s.status === "active" && s.startsAt > now && s.startsAt.getTime() - now.getTime() <= UPCOMING_MS),
  );
  const other = await otherProblems(store);
  if (sessions.length === 0) return other ? [t.reportNone, "", other].join("\n") : t.reportNone;
  const lines = sessions
    .slice(-MAX_SESSIONS)
    .map((s) => t.reportLine(s.sessionId, formatWhen(s.startsAt, s.endsAt, tz), s.status === "cancelled", counts.get(s.sessionId)?.get("reminder")));
  return [t.reportTitle, ...lines, "", ...(other ? [other, ""] : []), t.reportFooter].join("\n");
}

/** Ambiguous or failed messages outside the reminder kinds: never silently lost either. */
async function otherProblems(store: Store): Promise<string | undefined> {
  const { ambiguous, failed } = await otherKindProblemCounts(store);
  if (ambiguous + failed === 0) return undefined;
  return t.reportOtherProblems(ambiguous, failed);
}

async function sessionDetail(store: Store, s: TrainingSession, tz: string): Promise<string> {
  const byKind = (await countsBy(store, [s.sessionId])).get(s.sessionId) ?? new Map<string, ReportCounts>();
  const lines = [t.reportSessionTitle(s.sessionId, formatWhen(s.startsAt, s.endsAt, tz), s.status === "cancelled")];
  for (const kind of REPORT_KINDS) {
    const c = byKind.get(kind);
    if (c || kind === "reminder") lines.push(t.reportKindLine(t.reportKind[kind] ?? kind, c ?? zero()));
  }
  const problems = await sessionMessagesWithStatus(store, s.sessionId, PROBLEM_STATUSES);
  if (problems.length > 0) {
    const chats = await chatsByExternalId(store, problems.map((p) => p.chatId));
    lines.push("", t.reportProblemsTitle);
    for (const p of problems.slice(0, MAX_PROBLEMS)) {
      const chat = chats.get(`${p.channel}:${p.chatId}`);
      const where = `${p.channel} · ${chat?.kind === "group" ? t.reportGroup(chat.title, p.chatId) : t.reportPrivate(p.chatId)}`;
      lines.push(t.reportProblem(t.reportStatus[p.status] ?? p.status, where, p.lastError ?? "—"));
    }
    if (problems.length > MAX_PROBLEMS) lines.push(t.reportMoreProblems(problems.length - MAX_PROBLEMS));
  }
  return lines.join("\n");
}
