// Conversation: officers' sentences, not commands. A request in plain Vietnamese ("tôi muốn đăng
// ký", "cho mình xem lịch tập huấn của Hà Tĩnh") reaches the process that serves it before any
// knowledge-base search; everything else is a question for the answerer.
import type { Ctx, Feature, MenuKey } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { ask as askText, common, conversation as t, kb as kbText, onboarding } from "../../messages/index.js";
import { mentionsPhone } from "../../kb/contacts.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import { classify, type Classification, type RequestIntent } from "../../nlu/classifier.js";
import { analyse, isWeak, rewrite } from "../../nlu/followup.js";
import { resolveQuestion } from "../../nlu/resolve.js";
import { timeWindow } from "../../nlu/time-window.js";
import { formatDate } from "../../time.js";
import { capabilityChoices, type AskFeature } from "../ask/index.js";
import { lookupRequest } from "../reminders/lookup.js";
import { forgetTurn, loadTurn, saveTurn, type ConversationTurn } from "./context.js";

export interface ConversationDeps {
  kb: KnowledgeBase;
  ask: AskFeature;
  /** Every feature of the app, read lazily (commands and menu entries are served by their owners). */
  allFeatures: () => Feature[];
}

export const FEATURE = "conv";

export function createConversationFeature(deps: ConversationDeps): Feature {
  const command = (name: string) => deps.allFeatures().flatMap((f) => f.commands ?? []).find((c) => c.command === name);
  const menuEntry = (key: MenuKey) => deps.allFeatures().find((f) => f.menu?.key === key)?.menu;

  async function runCommand(ctx: Ctx, name: string, args = ""): Promise<Reply[] | undefined> {
    const spec = command(name);
    if (!spec) return undefined;
    const r = await spec.handle({ ...ctx, in: { ...ctx.in, command: name, args } });
    return r ?? undefined;
  }

  function capabilities(text: string): Reply {
    return { text: `${text}\n${t.capabilitiesList}`, choices: [...capabilityChoices().filter((c) => c.id !== "conv:help"), { id: "start:support", label: t.menu.support }] };
  }

  async function cancel(ctx: Ctx): Promise<Reply[]> {
    if (!(await ctx.flow.get())) return [{ text: common.nothingToCancel }];
    await ctx.flow.clear();
    return [{ text: common.cancelled }];
  }

  async function schedule(ctx: Ctx, c: Classification): Promise<Reply[]> {
    const { clock, config } = ctx.deps;
    const window = c.slots.time ? timeWindow(c.slots.time, clock.now(), config.TZ) : undefined;
    const replies = await lookupRequest(ctx, {
      ...(c.slots.province ? { province: c.slots.province } : {}),
      ...(c.slots.former ? { former: c.slots.former } : {}),
      ...(c.slots.audience ? { audience: c.slots.audience } : {}),
      ...(window ? { window } : {}),
    });
    if (!window || replies.length !== 1 || ctx.deps.clock.now() > window.to) return replies;
    return [{ ...replies[0]!, text: `${t.scheduleWindow(formatDate(window.first), formatDate(window.last))}\n${replies[0]!.text}` }];
  }

  /** The process that serves each request; undefined lets the text go on as a question. */
  async function serve(intent: RequestIntent, c: Classification, ctx: Ctx): Promise<Reply[] | undefined> {
    const name = ctx.in.sender.displayName || onboarding.anonymousName;
    switch (intent) {
      case "register":
        return runCommand(ctx, "dangky");
      case "profile":
        return runCommand(ctx, "hoso");
      case "delete_data":
        return runCommand(ctx, "xoadulieu");
      case "schedule":
        return schedule(ctx, c);
      case "support":
        return menuEntry("support")?.handle(ctx) as Promise<Reply[] | undefined>;
      case "help":
        return [capabilities(t.capabilitiesTitle)];
      case "greeting":
        return [capabilities(t.greeting(name))];
      case "thanks":
        return [{ text: t.thanks }];
      case "cancel":
        return cancel(ctx);
    }
  }

  /** "Liên hệ ai?": the support contacts the letters list, and the offer to ask staff here. */
  function contacts(): Reply[] {
    const found = deps.kb.supportContacts();
    const choices = [{ id: "start:support", label: t.menu.support }, ...capabilityChoices()];
    if (found.length === 0) return [{ text: `${t.contactsNone}\n\n${t.contactsOffer}`, choices }];
    const cited = [...new Set(found.map((f) => kbText.source(f)))].map((c) => askText.source(c));
    return [{ text: [t.contactsTitle, ...found.map((f) => f.text), cited.join("\n"), t.contactsOffer].join("\n\n"), choices }];
  }

  async function question(ctx: Ctx, c: Classification, prev: ConversationTurn | undefined): Promise<Reply[]> {
    const { query, result } = resolveQuestion(deps.kb, ctx.in.text, prev?.intent === "question" ? prev.question : undefined);
    // "Liên hệ ai?": the letters' support contacts, unless the answer already gives the number asked.
    const gavePhone = result.answered && mentionsPhone(result.answer);
    if (c.contact && !gavePhone) {
      await forgetTurn(ctx);
      return contacts();
    }
    const { replies } = await deps.ask.answerQuestion(ctx, query, result);
    await saveTurn(ctx, { question: query, intent: "question", source: result.sources[0]?.doc ?? null });
    if (c.contact) return [...replies, { text: t.contactsOffer, choices: [{ id: "start:support", label: t.menu.support }] }];
    return replies;
  }

  /** "còn Nghệ An thì sao?" after a schedule look-up: the same look-up for the new place or time. */
  async function scheduleFollowUp(ctx: Ctx, prev: ConversationTurn | undefined): Promise<Reply[] | undefined> {
    if (prev?.intent !== "schedule" || !isWeak(analyse(ctx.in.text))) return undefined;
    const merged = rewrite(prev.question, ctx.in.text);
    const c = classify(merged);
    if (c.intent !== "schedule") return undefined;
    await saveTurn(ctx, { question: merged, intent: "schedule" });
    return schedule(ctx, c);
  }

  async function onText(ctx: Ctx): Promise<Reply[] | undefined> {
    const text = ctx.in.text;
    const c = classify(text);
    ctx.deps.log.debug({ intent: c.intent, confidence: Math.round(c.confidence * 100) / 100 }, "conversation: classified");
    const prev = await loadTurn(ctx);
    if (c.intent !== "question") {
      const served = await serve(c.intent, c, ctx);
      if (served && served.length > 0) {
        if (c.intent === "schedule") await saveTurn(ctx, { question: text, intent: "schedule" });
        else if (c.intent !== "thanks") await forgetTurn(ctx);
        return served;
      }
    }
    return (await scheduleFollowUp(ctx, prev)) ?? question(ctx, c, prev);
  }

  return {
    name: FEATURE,
    async onChoice(choice) {
      if (choice === `${FEATURE}:help`) return [capabilities(t.capabilitiesTitle)];
      return undefined;
    },
    onText,
  };
}
