// Set-up for the conversation tests: the whole app (every feature) on an in-memory store with the
// guidance letters and the sample training schedule imported.
import fs from "node:fs";
import path from "node:path";
import { createApp } from "../../src/app.js";
import { createOutbox } from "../../src/bot/outbox.js";
import type { Channel } from "../../src/bot/types.js";
import { applySchedule, readScheduleFile, validateSchedule } from "../../src/flows/reminders/index.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { Conversation, createHarness, type Harness } from "../helpers/harness.js";

export const SHARED = path.resolve(__dirname, "../../../shared");
export const GUIDANCE = path.join(SHARED, "guidance");
export const SCHEDULE_CSV = path.join(SHARED, "fixtures/training-schedule.csv");

let kbPromise: Promise<KnowledgeBase> | undefined;
export const guidanceKb = () => (kbPromise ??= loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null }));

export async function importSchedule(h: Harness): Promise<void> {
  const read = await readScheduleFile(fs.readFileSync(SCHEDULE_CSV), "lich.csv");
  if (!read.ok) throw new Error(read.message);
  const v = validateSchedule(read.rows);
  if (!v.ok) throw new Error("fixture schedule invalid");
  await applySchedule(h.store, v.rows, { now: h.clock.now(), tz: h.config.TZ, log: h.deps.log });
}

/** The app as main.ts builds it, a Wednesday before the first training wave (14/01/2026). */
export async function world(env: Record<string, string> = {}) {
  const h = await createHarness({ SUPPORT_CHAT: "telegram:-100500", ...env }, "2026-01-14T02:00:00Z");
  const kb = await guidanceKb();
  const app = createApp(h.deps, { kb, outbox: createOutbox(h.store, h.clock) });
  await importSchedule(h);
  const chat = (channel: Channel = "telegram", userId = "u1") => new Conversation(app.router, { channel, userId });
  return { h, kb, app, chat };
}
