// Shared set-up for the Telegram adapter tests: an adapter on the in-process recorder, with the
// hooks' calls and every log line captured.
import pino from "pino";
import { createTelegramChannel, type TelegramChannelOptions } from "../../src/bot/telegram/adapter.js";
import type { Incoming } from "../../src/bot/types.js";
import { TelegramRecorder, TEST_TOKEN } from "../helpers/telegram-recorder.js";

export function makeChannel(overrides: Partial<TelegramChannelOptions> = {}) {
  const recorder = new TelegramRecorder();
  const incoming: Incoming[] = [];
  const migrations: [string, string][] = [];
  const logLines: string[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => void logLines.push(line) });
  const channel = createTelegramChannel({
    token: TEST_TOKEN,
    log,
    commands: [{ command: "start", description: "Bắt đầu" }],
    botInfo: recorder.botInfo,
    transformers: [recorder.transformer],
    // The outbox paces itself from SendError; most tests look at single attempts.
    autoRetry: false,
    hooks: {
      onIncoming: async (m) => void incoming.push(m),
      onChatMigrated: async (from, to) => void migrations.push([from, to]),
    },
    ...overrides,
  });
  return { channel, recorder, incoming, migrations, logLines };
}
