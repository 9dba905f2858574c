// The one catalog of every text the bot shows users, in Vietnamese. Each flow has its own section
// file; code never builds user-facing sentences elsewhere.
export { common } from "./common.js";
export { onboarding } from "./onboarding.js";
