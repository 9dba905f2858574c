// Structured logs (pino). Personal data and secrets must never reach a log line: besides not
// logging them in the first place, every string field is scrubbed of phone numbers, e-mails and
// bot tokens as a last line of defence.
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

const PATTERNS: [RegExp, string][] = [
  // Telegram token (123456:ABC…) and tokens inside API URLs (/bot<token>/).
  [/\b\d{6,}:[A-Za-z0-9_-]{20,}\b/g, "[token]"],
  [/\/bot[^/\s]+\//g, "/bot[token]/"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[email]"],
  // Vietnamese phone numbers in their usual written forms.
  [/(?<![\d\w])(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/g, "[phone]"],
];

export function scrub(text: string): string {
  let out = text;
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
  return out;
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

/** Logs to stdout, or to `destination` ("stderr" when the terminal is the chat, a stream in tests). */
export function createLogger(level: string, destination?: DestinationStream | "stderr"): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["token", "*.token", "config.url", "*.config.url", "headers.authorization"], censor: "[redacted]" },
      formatters: { log: (obj) => scrubDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // Scrub the message string too (formatters.log only sees the object).
          const scrubbed = args.map((a) => (typeof a === "string" ? scrub(a) : a)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
      serializers: {
        err: (e: unknown) => {
          const s = pino.stdSerializers.err(e as Error);
          return scrubDeep({ type: s.type, message: s.message, code: (e as { code?: unknown }).code, stack: s.stack }) as object;
        },
      },
    },
    destination === "stderr" ? pino.destination({ fd: 2, sync: true }) : (destination ?? pino.destination({ fd: 1, sync: false })),
  );
}
