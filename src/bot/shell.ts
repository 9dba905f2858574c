// Terminal channel: chat with the bot as one officer in a private chat. Also scriptable
// (stdin piped), which is how the end-to-end test drives it.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import { common, shell as t } from "../messages/index.js";
import type { ChannelAdapter, ChannelHooks } from "./channel.js";
import { parseCommand } from "./commands.js";
import { numberedChoices, splitText, TEXT_LIMITS } from "./render.js";
import type { Incoming, Reply, SentMessage } from "./types.js";

export interface ShellOptions {
  hooks: ChannelHooks;
  input?: Readable;
  output?: Writable;
  userId?: string;
  displayName?: string;
  /** Where files the bot sends (exports) are written. */
  filesDir?: string;
  /** Called when the input ends (Ctrl+D or end of a piped script). */
  onEnd?: () => void;
}

const FILE_PREFIX = /^@tep\s+(.+)$/i;

export function createShellChannel(opts: ShellOptions): ChannelAdapter {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const userId = opts.userId ?? "officer";
  const filesDir = opts.filesDir ?? path.resolve("data/exports");
  let counter = 0;
  let rl: readline.Interface | undefined;
  let queue = Promise.resolve();

  function toIncoming(line: string): Incoming {
    const fileMatch = line.match(FILE_PREFIX);
    const base: Incoming = {
      channel: "shell",
      chat: { id: userId, kind: "private" },
      sender: { id: userId, displayName: opts.displayName ?? t.userName },
      messageId: String(++counter),
      text: line,
      rawText: line,
      mentioned: false,
      repliedToBot: false,
      receivedAt: new Date(),
    };
    if (fileMatch) {
      const filePath = path.resolve(fileMatch[1]!.trim());
      return {
        ...base,
        text: "",
        document: { fileName: path.basename(filePath), download: async () => fs.promises.readFile(filePath) },
      };
    }
    const cmd = parseCommand(line);
    return cmd ? { ...base, text: cmd.args, command: cmd.command, args: cmd.args } : base;
  }

  async function onLine(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    const fileMatch = text.match(FILE_PREFIX);
    if (fileMatch && !fs.existsSync(path.resolve(fileMatch[1]!.trim()))) {
      output.write(`${t.botPrefix}${t.fileMissing(fileMatch[1]!.trim())}\n`);
      return;
    }
    await opts.hooks.onIncoming(toIncoming(text));
  }

  return {
    channel: "shell",
    async send(_chatId: string, reply: Reply): Promise<SentMessage> {
      let text = reply.text;
      if (reply.choices?.length) text += `\n\n${numberedChoices(reply.choices)}\n${common.choiceHint}`;
      for (const part of splitText(text, TEXT_LIMITS.shell)) output.write(`${t.botPrefix}${part.replace(/\n/g, "\n     ")}\n`);
      if (reply.file) {
        fs.mkdirSync(filesDir, { recursive: true });
        const target = path.join(filesDir, path.basename(reply.file.fileName));
        fs.writeFileSync(target, reply.file.data);
        output.write(`${t.botPrefix}${t.fileSaved(target)}\n`);
      }
      return { messageId: `shell-${++counter}` };
    },
    async start() {
      output.write(`${t.banner}\n`);
      // A prompt only for a person at a terminal; piped scripts get plain output.
      const interactive = (input as { isTTY?: boolean }).isTTY === true && output === process.stdout;
      rl = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
      rl.setPrompt(t.prompt);
      if (interactive) rl.prompt();
      rl.on("line", (line) => {
        // One message at a time, in order, as a person typing would.
        queue = queue
          .then(() => onLine(line))
          .catch(() => undefined)
          .then(() => {
            if (interactive) rl?.prompt();
          });
      });
      rl.on("close", () => {
        void queue.then(() => opts.onEnd?.());
      });
    },
    async stop() {
      rl?.close();
      await queue;
    },
  };
}
