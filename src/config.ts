// Environment, validated once at start-up. Every variable is documented in .env.example.
import { isIP } from "node:net";
import { z } from "zod";
import type { Channel } from "./bot/types.js";

const channelRef = z
  .string()
  .trim()
  .regex(/^(telegram|zalo|shell):\S+$/, "dạng kênh:mã, ví dụ telegram:12345 / expected channel:id");

const optionalUrl = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.url({ message: "phải là một URL hợp lệ / must be a valid URL" }).optional(),
);
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().optional());
const webhookSecret = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,256}$/, "8–256 ký tự A-Z, a-z, 0-9, _ hoặc - / 8–256 chars of A-Z a-z 0-9 _ -")
    .optional(),
);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z
  .object({
    TELEGRAM_BOT_TOKEN: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "không đúng dạng 123456:ABC… / not a bot token").optional(),
    ),
    TELEGRAM_API_ROOT: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url().default("https://api.telegram.org"),
    ),
    TELEGRAM_WEBHOOK_URL: optionalUrl,
    TELEGRAM_WEBHOOK_SECRET: webhookSecret,
    ZALO_BOT_TOKEN: optionalString,
    ZALO_API_ROOT: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url().default("https://bot-api.zaloplatforms.com"),
    ),
    ZALO_WEBHOOK_URL: optionalUrl,
    ZALO_WEBHOOK_SECRET: webhookSecret,
    DATABASE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(
          /^(file:.+|postgres(ql)?:\/\/.+)/,
          "cần dạng file:./data/bot.db (SQLite) hoặc postgresql://… (PostgreSQL) / use file: (SQLite) or postgresql:// (PostgreSQL)",
        )
        .default("file:./data/bot.db"),
    ),
    ADMIN_IDS: z.preprocess(
      (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : []),
      z.array(channelRef),
    ),
    SUPPORT_CHAT: z.preprocess((v) => (v === "" ? undefined : v), channelRef.optional()),
    SUPPORT_STAFF_IDS: z.preprocess(
      (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : []),
      z.array(channelRef),
    ),
    KB_DOCS_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("./kb-docs")),
    /** Limits for reading a letter (pages, minutes, worker heap, unpacked .docx size and entries). */
    KB_MAX_PAGES: positiveInt(60),
    KB_EXTRACT_TIMEOUT_S: positiveInt(900),
    KB_EXTRACT_MEMORY_MB: positiveInt(512),
    KB_ZIP_MAX_MB: positiveInt(100),
    KB_ZIP_MAX_ENTRIES: positiveInt(2000),
    TZ: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .default("Asia/Ho_Chi_Minh")
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat("en", { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        }, "múi giờ không hợp lệ / unknown time zone"),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
    HTTP_PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(65535).default(8080)),
    /** Address the web console is reached at, for the sign-in links /web gives (issue 14);
     * unset: http://localhost:<HTTP_PORT>. */
    PUBLIC_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url({ protocol: /^https?$/, message: "phải là URL http(s) / must be an http(s) URL" }).optional(),
    ),
    /** Days an unfinished form is kept. */
    FORM_EXPIRY_DAYS: positiveInt(7),
    /** Registration deadline (ISO date, local time zone). */
    REGISTRATION_DEADLINE: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dạng YYYY-MM-DD / expected YYYY-MM-DD").default("2026-01-16"),
    ),
    /** Reminder offsets before a session, e.g. "D-1@16:00,60m". */
    REMINDER_OFFSETS: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("D-1@16:00,60m")),
    ZALO_MESSAGES_PER_SECOND: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().positive().default(5)),
    OUTBOX_MAX_ATTEMPTS: positiveInt(8),
    TICKET_SLA_HOURS: positiveInt(8),
    /** Longest wait between two start-up attempts while a platform is unreachable. */
    STARTUP_RETRY_MAX_SECONDS: positiveInt(60),
    /** A platform API call without an answer by then counts as failed (a hang). */
    API_TIMEOUT_SECONDS: positiveInt(60),
    /** A claim on an outbox message or a job, not renewed, runs out after this long (another instance takes over). */
    LEASE_SECONDS: positiveInt(30),
    /** Graceful stop gives up and exits after this long. */
    SHUTDOWN_TIMEOUT_SECONDS: positiveInt(20),
    /** HTTP requests per minute accepted from one address. */
    HTTP_RATE_LIMIT_PER_MINUTE: positiveInt(1200),
    /** Reverse proxies whose X-Forwarded-For is believed: addresses, CIDR ranges, or loopback/linklocal/uniquelocal. */
    HTTP_TRUST_PROXY: z.preprocess(
      (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
      z
        .array(
          z.string().refine(isProxyAddress, "địa chỉ IP, dải CIDR (vd. 10.0.0.0/8) hoặc loopback / an IP address, a CIDR range or loopback"),
        )
        .default([]),
    ),
    /** Bearer token for GET /metrics; unset: only loopback clients may read it. */
    METRICS_TOKEN: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 ký tự A-Z, a-z, 0-9, _ hoặc - / 16–256 chars of A-Z a-z 0-9 _ -")
        .optional(),
    ),
    /** Messages one person may send per minute before the bot asks them to slow down. */
    USER_MESSAGES_PER_MINUTE: positiveInt(30),
    /** Messages one chat (a group) may bring per minute. */
    CHAT_MESSAGES_PER_MINUTE: positiveInt(60),
    /** Support tickets one person may have open at once. */
    MAX_OPEN_TICKETS: positiveInt(3),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "bắt buộc khi đặt TELEGRAM_WEBHOOK_URL / required with TELEGRAM_WEBHOOK_URL",
      });
    }
    if (c.ZALO_WEBHOOK_URL && !c.ZALO_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["ZALO_WEBHOOK_SECRET"],
        message: "bắt buộc khi đặt ZALO_WEBHOOK_URL / required with ZALO_WEBHOOK_URL",
      });
    }
    if (c.ZALO_WEBHOOK_URL && !c.ZALO_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["ZALO_BOT_TOKEN"], message: "bắt buộc khi dùng webhook Zalo / required for the Zalo webhook" });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_BOT_TOKEN"], message: "bắt buộc khi dùng webhook Telegram / required for the Telegram webhook" });
    }
  });

export type RawConfig = z.infer<typeof schema>;

export interface ChatRef {
  channel: Channel;
  id: string;
}

export interface Config extends Omit<RawConfig, "PUBLIC_URL"> {
  PUBLIC_URL: string;
  admins: ChatRef[];
  supportChat?: ChatRef;
  supportStaff: ChatRef[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      "Cấu hình không hợp lệ / Invalid configuration:\n" + problems.map((p) => `  - ${p}`).join("\n") +
        "\nXem .env.example / See .env.example",
    );
    this.name = "ConfigError";
  }
}

function toRef(s: string): ChatRef {
  const i = s.indexOf(":");
  return { channel: s.slice(0, i) as Channel, id: s.slice(i + 1) };
}

/** Validates the environment; throws one ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    ...c,
    PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.HTTP_PORT}`,
    admins: c.ADMIN_IDS.map(toRef),
    supportChat: c.SUPPORT_CHAT ? toRef(c.SUPPORT_CHAT) : undefined,
    supportStaff: c.SUPPORT_STAFF_IDS.map(toRef),
  };
}

const PROXY_ADDRESS_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address proxy-addr (fastify's trustProxy) understands: an IP, a CIDR range, or a range name. */
function isProxyAddress(item: string): boolean {
  if (PROXY_ADDRESS_NAMES.has(item)) return true;
  const [address = "", prefix, ...rest] = item.split("/");
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}
