// "/command args" parsing shared by the channels whose platforms do not mark commands (Zalo, shell).

/** Splits a leading "/command args"; a Telegram-style "@botname" suffix on the command is dropped. */
export function parseCommand(text: string): { command: string; args: string } | undefined {
  // Letters of any script: people type "/hỏi" as readily as "/hoi".
  const match = /^\/([\p{L}\p{M}\p{N}_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!match) return undefined;
  return { command: match[1]!.toLowerCase(), args: (match[2] ?? "").trim() };
}
