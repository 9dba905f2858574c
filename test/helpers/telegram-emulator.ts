// telegram-test-api, typed for NodeNext: its typings say `export default`, but its index.js
// replaces module.exports with the class, so the default import *is* the class.
import TelegramServerModule from "telegram-test-api";
import { freePort } from "./bot-process.js";

export const TelegramServer = TelegramServerModule as unknown as typeof TelegramServerModule.default;
export type TelegramEmulator = InstanceType<typeof TelegramServer>;

/** Starts an emulator on a free loopback port. */
export async function startTelegramEmulator(): Promise<TelegramEmulator> {
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1" });
  await server.start();
  return server;
}
