// The one catalog of every text the bot shows users, in Vietnamese. Each flow has its own section
// file; code never builds user-facing sentences elsewhere.
export { common } from "./common.js";
export { onboarding } from "./onboarding.js";
export { shell } from "./shell.js";
export { ask } from "./ask.js";
export { zalo } from "./zalo.js";
export { kb } from "./kb.js";
export { reminders } from "./reminders.js";
export { tickets } from "./tickets.js";
export { registration } from "./registration.js";
export { announcements } from "./announcements.js";
export { conversation } from "./conversation.js";
export { consoleText } from "./console.js";
