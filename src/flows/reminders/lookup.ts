// "When is my training?": upcoming sessions for the person's registration or the group's link.
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { reminders as t, type AudienceCode } from "../../messages/reminders.js";
import { canonicalProvince, matchProvince, PROVINCES, type ProvinceMatch } from "../../reference/provinces.js";
import type { Store } from "../../store/db.js";
import { groupLink } from "../../store/group-links.js";
import { ownRegistrations } from "../../store/officers.js";
import { sessionsNotOver, type TrainingSession } from "../../store/schedule.js";
import { AUDIENCES, audienceMatches, officerAudience, provincesOf, sessionView } from "./sessions.js";

/** A province and, when known, the audience (so/xa/all) whose sessions to show. */
export interface Scope {
  province: string;
  audience?: AudienceCode;
  /** The former province name the person typed, to say where it now belongs. */
  former?: string;
  /** Only sessions overlapping this window ("tuần sau", "ngày 19/1"). */
  window?: { from: Date; to: Date };
}

const MAX_LISTED = 8;

export async function upcomingSessions(store: Store, now: Date, scope: Scope): Promise<TrainingSession[]> {
  // A schedule is a few dozen rows: filtering here keeps the query portable (no string matching in SQL).
  const active = await sessionsNotOver(store, now);
  const inWindow = (s: TrainingSession) => !scope.window || (s.startsAt < scope.window.to && s.endsAt > scope.window.from);
  return active.filter(
    (s) => provincesOf(s).includes(scope.province) && (!scope.audience || audienceMatches(s.audience, scope.audience)) && inWindow(s),
  );
}

/** What the bot knows of the asker: the group's link, or the person's registrations. */
export async function knownScopes(ctx: Ctx): Promise<Scope[]> {
  const { store } = ctx.deps;
  const inc = ctx.in;
  if (inc.chat.kind === "group") {
    const chat = await groupLink(store, inc.channel, inc.chat.id);
    if (!chat?.province) return [];
    const audience = (AUDIENCES as readonly string[]).includes(chat.audience ?? "") ? (chat.audience as AudienceCode) : "all";
    return [{ province: chat.province, audience }];
  }
  const officers = await ownRegistrations(store, { channel: inc.channel, userId: inc.sender.id });
  const scopes: Scope[] = [];
  for (const o of officers) {
    const province = canonicalProvince(o.province);
    const audience = officerAudience(o.unitKind);
    if (!province || !audience) continue;
    if (!scopes.some((s) => s.province === province && s.audience === audience)) scopes.push({ province, audience });
  }
  return scopes;
}

export async function scheduleReplies(ctx: Ctx, scopes: Scope[]): Promise<Reply[]> {
  const { store, clock, config } = ctx.deps;
  const now = clock.now();
  const parts: string[] = [];
  for (const scope of scopes) {
    const sessions = await upcomingSessions(store, now, scope);
    if (sessions.length === 0) {
      parts.push(t.scheduleNone(scope.province));
      continue;
    }
    const blocks = sessions.slice(0, MAX_LISTED).map((s) => t.sessionBlock(sessionView(s, config.TZ), ctx.isAdmin));
    if (sessions.length > MAX_LISTED) blocks.push(t.scheduleMore(sessions.length - MAX_LISTED));
    parts.push([t.scheduleTitle(scope.province, scope.audience, scope.former), ...blocks].join("\n\n"));
  }
  return [{ text: parts.join("\n\n———\n\n") }];
}

export const provinceChoice = (prefix: string, province: string, suffix = "") => ({
  id: `${prefix}${PROVINCES.indexOf(province)}${suffix}`,
  label: province,
});

export function provinceAt(index: string): string | undefined {
  return /^\d{1,2}$/.test(index) ? PROVINCES[Number(index)] : undefined;
}

/** Replies for a typed province that is not one clear unit (choices), or undefined when it is. */
export function unclearProvince(text: string, m: ProvinceMatch): Reply | undefined {
  if (m.kind === "ambiguous") return { text: t.chooseProvince, choices: m.candidates.map((p) => provinceChoice("sched:prov:", p)) };
  if (m.kind === "none") {
    return {
      text: t.unknownProvince(text, m.suggestions),
      ...(m.suggestions.length ? { choices: m.suggestions.map((p) => provinceChoice("sched:prov:", p)) } : {}),
    };
  }
  return undefined;
}

export const ASK_PROVINCE_STEP = "askProvince";

/** /lichtaphuan [tỉnh] and the menu entry. */
export async function lookup(ctx: Ctx, argText?: string): Promise<Reply[]> {
  const arg = argText?.trim();
  const known = await knownScopes(ctx);
  if (arg) {
    const m = matchProvince(arg);
    const province = m.kind === "exact" || m.kind === "former" ? m.province : undefined;
    if (known.length > 0 && !ctx.isAdmin) {
      // Officers and linked groups see their own schedule; other provinces are an admin's look-up.
      const own = province ? known.filter((k) => k.province === province) : [];
      if (own.length > 0) return scheduleReplies(ctx, own);
      const replies = await scheduleReplies(ctx, known);
      return [{ text: `${t.scheduleOther(known.map((k) => k.province).join(", "))}\n\n${replies[0]!.text}` }];
    }
    if (province) {
      const former = m.kind === "former" ? m.former : undefined;
      return scheduleReplies(ctx, [{ province, ...(former ? { former } : {}) }]);
    }
    return [unclearProvince(arg, m)!];
  }
  if (known.length > 0) return scheduleReplies(ctx, known);
  if (ctx.in.chat.kind === "group") return [{ text: t.askProvinceGroup }];
  await ctx.flow.save({ flow: "sched", step: ASK_PROVINCE_STEP, data: {} });
  return [{ text: t.askProvince }];
}

/** A look-up asked in a sentence: province, audience and time taken from it when given. */
export interface ScheduleRequest {
  province?: string;
  former?: string;
  audience?: "so" | "xa";
  window?: { from: Date; to: Date };
}

export async function lookupRequest(ctx: Ctx, req: ScheduleRequest): Promise<Reply[]> {
  const known = await knownScopes(ctx);
  let scopes: Scope[];
  if (req.province) {
    const own = known.filter((k) => k.province === req.province);
    // Other provinces stay an admin's look-up, exactly as with /lichtaphuan.
    if (known.length > 0 && !ctx.isAdmin && own.length === 0) return lookup(ctx, req.province);
    scopes = own.length > 0 ? own : [{ province: req.province, ...(req.former ? { former: req.former } : {}) }];
  } else if (known.length > 0) {
    scopes = known;
  } else {
    return lookup(ctx);
  }
  const narrowed = scopes.map((s) => ({ ...s, ...(req.audience ? { audience: req.audience } : {}), ...(req.window ? { window: req.window } : {}) }));
  return scheduleReplies(ctx, narrowed);
}

/** The answer to "which province?": a province shows its schedule; anything else is left to others. */
export async function answerProvince(ctx: Ctx): Promise<Reply[] | undefined> {
  const text = ctx.in.text.trim();
  const m = matchProvince(text);
  if (m.kind === "exact" || m.kind === "former") {
    await ctx.flow.clear();
    return scheduleReplies(ctx, [{ province: m.province, ...(m.kind === "former" ? { former: m.former } : {}) }]);
  }
  if (m.kind === "ambiguous") return [unclearProvince(text, m)!];
  // Not a province at all (likely a question): stop asking and let the question answerer have it.
  await ctx.flow.clear();
  return undefined;
}
