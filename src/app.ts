// Builds the features and the router from their dependencies. main.ts calls it with real
// services; tests call it with fakes.
import type { AppDeps, Feature } from "./bot/context.js";
import { createRouter, type Router } from "./bot/router.js";
import { createOnboardingFeature } from "./flows/onboarding/index.js";

export interface AppServices {}

export interface App {
  router: Router;
  features: Feature[];
}

export function createApp(deps: AppDeps, _services: AppServices = {}): App {
  const features: Feature[] = [];
  features.push(createOnboardingFeature(() => features));
  const router = createRouter(deps, features);
  return { router, features };
}
