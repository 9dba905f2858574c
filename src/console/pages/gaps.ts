// Câu hỏi chưa trả lời được: what the bot declined and the answers officers rated 👎, grouped by
// topic, each with a form to write a FAQ answer. The entry is answerable at once (the knowledge
// base indexes it as it is added) and the officers who asked something similar are told.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { notifySimilar } from "../../flows/tickets/service.js";
import { groupQuestions, type QuestionGroup } from "../../flows/tickets/similarity.js";
import { consoleText as t } from "../../messages/index.js";
import { recordAudit } from "../../store/audit.js";
import { faqCount, gapQuestions } from "../../store/console.js";
import { hasWords } from "../../text.js";
import { html, type Html } from "../html.js";
import { csrfField } from "../layout.js";
import type { ConsoleApp } from "../server.js";

export const GAP_DAYS = 30;
const GROUPS_SHOWN = 50;
const MAX_FIELD = 3000;

interface Gap extends QuestionGroup {
  declined: number;
  disliked: number;
}

/** Groups declined and 👎 questions together; counts each kind within a group. */
export function groupGaps(items: { question: string; declined: boolean }[]): Gap[] {
  return groupQuestions(items.map((i) => i.question)).map((g) => {
    const declined = g.members.filter((m) => items[m]!.declined).length;
    return { ...g, declined, disliked: g.count - declined };
  });
}

function gapCard(g: Gap, i: number, csrf: string): Html {
  const gt = t.gaps;
  return html`<details class="faq" data-gap="${i}">
<summary>${g.question} <span class="badge">${g.declined > 0 ? gt.declined(g.declined) : ""}${g.declined > 0 && g.disliked > 0 ? " · " : ""}${g.disliked > 0 ? gt.disliked(g.disliked) : ""}</span></summary>
${g.examples.length ? html`<p class="muted">${gt.examples}: ${g.examples.join(" · ")}</p>` : ""}
<form method="post" action="/console/gaps/faq">${csrfField(csrf)}
<div class="field"><label for="gq-${i}">${gt.question}</label><input type="text" id="gq-${i}" name="question" value="${g.question}" maxlength="${MAX_FIELD}" required></div>
<div class="field"><label for="ga-${i}">${gt.answer}</label><textarea id="ga-${i}" name="answer" maxlength="${MAX_FIELD}" required></textarea></div>
<div class="field"><label for="gc-${i}">${gt.citation}</label><input type="text" id="gc-${i}" name="citation" maxlength="300"></div>
<button type="submit">${gt.save}</button></form></details>`;
}

const faqSchema = z.object({
  question: z.string().trim().min(1).max(MAX_FIELD),
  answer: z.string().trim().min(1).max(MAX_FIELD),
  citation: z.string().trim().max(300).optional().default(""),
});

export function registerGaps(scope: FastifyInstance, app: ConsoleApp): void {
  const render = async (notice?: { kind: "ok" | "error"; text: string }) => {
    const { store, clock } = app.deps;
    const [items, faqs] = await Promise.all([gapQuestions(store, clock.now(), GAP_DAYS), faqCount(store)]);
    // A group a FAQ entry now answers is done: it leaves the list.
    const gaps: Gap[] = [];
    for (const g of groupGaps(items)) {
      if (gaps.length >= GROUPS_SHOWN) break;
      const now = await app.deps.kb.answer(g.question);
      if (!(now.answered && now.faqId !== undefined)) gaps.push(g);
    }
    return { gaps, faqs, notice };
  };
  const page = (gaps: Gap[], faqs: number, csrf: string) =>
    html`<p>${t.gaps.intro(GAP_DAYS)}</p><p class="muted">${t.kb.faqCount(faqs)}</p>
${gaps.length === 0 ? html`<p>${t.gaps.empty}</p>` : gaps.map((g, i) => gapCard(g, i, csrf))}`;

  scope.get<{ Querystring: { saved?: string } }>("/gaps", async (req, reply) => {
    const saved = req.query.saved;
    const r = await render(saved !== undefined && /^\d{1,6}$/.test(saved) ? { kind: "ok", text: t.gaps.saved(Number(saved)) } : undefined);
    return app.page(req, reply, { title: t.gaps.title, section: "gaps", notice: r.notice }, page(r.gaps, r.faqs, app.csrf(req)));
  });

  scope.post<{ Body: unknown }>("/gaps/faq", async (req, reply) => {
    const form = faqSchema.safeParse(req.body);
    if (!form.success || !hasWords(form.data.question) || !hasWords(form.data.answer)) {
      const r = await render();
      return app.page(req, reply, { title: t.gaps.title, section: "gaps", notice: { kind: "error", text: t.gaps.needBoth } }, page(r.gaps, r.faqs, app.csrf(req)), 400);
    }
    const { question, answer, citation } = form.data;
    const { store, clock, kb } = app.deps;
    const faqId = await kb.addFaq({ question, answer, ...(citation ? { citation } : {}) });
    // No ticket behind it: every asker of a similar open ticket or declined question is told.
    const notified = await notifySimilar({ ...app.deps, createTopic: undefined }, { id: 0, channel: "", chatId: "", userId: "" }, { id: faqId, question, answer });
    await recordAudit(store, { actor: app.viewer(req).actor, action: "kb.faq", target: `faq:${faqId}`, details: { via: "web", notified }, at: clock.now() });
    app.deps.log.info({ faqId, notified }, "console: FAQ entry written");
    return reply.redirect(`/console/gaps?saved=${notified}`, 303);
  });
}
