// Builds the features and the router from their dependencies. main.ts calls it with real
// services; tests call it with fakes.
import type { AppDeps, Feature } from "./bot/context.js";
import type { Outbox } from "./bot/outbox.js";
import { createConsoleFeature } from "./console/feature.js";
import { createRouter, type Router } from "./bot/router.js";
import { createAnnouncementService, createAnnouncementsFeature } from "./flows/announcements/index.js";
import { createAskFeature } from "./flows/ask/index.js";
import { createConversationFeature } from "./flows/conversation/index.js";
import { createKbAdminFeature } from "./flows/kb-admin/index.js";
import { createOnboardingFeature } from "./flows/onboarding/index.js";
import { createRegistrationFeature } from "./flows/registration/index.js";
import { createRemindersFeature, type ReminderPlanner } from "./flows/reminders/index.js";
import { createTicketsFeature, supportChoiceId, type CreateTopic } from "./flows/tickets/index.js";
import type { KnowledgeBase } from "./kb/knowledge-base.js";

export interface AppServices {
  kb: KnowledgeBase;
  outbox: Outbox;
  /** Opens a forum topic in the support chat (Telegram); absent in tests without forums. */
  createTopic?: CreateTopic;
  /** Re-plans reminders right after a schedule import; absent in tests that do not need it. */
  planner?: Pick<ReminderPlanner, "tick">;
}

export interface App {
  router: Router;
  features: Feature[];
}

export function createApp(deps: AppDeps, services: AppServices): App {
  const features: Feature[] = [];
  const announcements = createAnnouncementsFeature({
    service: createAnnouncementService({ store: deps.store, clock: deps.clock, log: deps.log.child({ module: "announcements" }) }),
  });
  const ask = createAskFeature({ kb: services.kb, supportChoiceId });
  features.push(
    createOnboardingFeature(() => features),
    createRegistrationFeature({ outbox: services.outbox }),
    createRemindersFeature({ planner: services.planner }),
    createTicketsFeature({ kb: services.kb, outbox: services.outbox, createTopic: services.createTopic }),
    announcements,
    createKbAdminFeature({ kb: services.kb, outbox: services.outbox, offerAnnouncement: announcements.offerForLetter }),
    createConsoleFeature(),
    // Free text no other process claimed: a request goes to the process that serves it, anything
    // else to the question answerer (which comes last).
    createConversationFeature({ kb: services.kb, ask, allFeatures: () => features }),
    ask,
  );
  const router = createRouter(deps, features);
  return { router, features };
}
