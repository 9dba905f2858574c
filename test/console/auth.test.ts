// Sign-in and access control of the web console: the /web link works once and for ten minutes, the
// session lapses after eight idle hours and ends with /web_thoat, every page and API needs a
// session, every POST needs the CSRF token, roles are enforced on the server, and an id listed
// for another platform gets nothing.
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { Conversation } from "../helpers/harness.js";
import { ADMIN, createConsoleHarness, get, post, signIn, STAFF, tokenOf, type ConsoleHarness } from "./helpers.js";

let c: ConsoleHarness;
afterEach(async () => {
  await c.close();
});

const linkIn = (text: string) => /(https?:\/\/\S+\/console\/login\?token=[\w-]+)/.exec(text)?.[1];
const login = (token: string) => c.server.inject({ method: "POST", url: "/console/login", payload: { token } });

describe("sign-in by link", () => {
  it("gives an admin a one-time link in a private chat; it works once and not after ten minutes", async () => {
    c = await createConsoleHarness({ PUBLIC_URL: "https://bo.example.vn" });
    const chat = new Conversation(c.app.router, { userId: "100" });
    const [reply] = await chat.say("/web");
    const url = linkIn(reply!.text);
    expect(url).toMatch(/^https:\/\/bo\.example\.vn\/console\/login\?token=/);
    // Opening the link (or a link preview fetching it) does not use it up.
    expect((await c.server.inject({ method: "GET", url: new URL(url!).pathname + new URL(url!).search })).statusCode).toBe(200);
    const first = await login(tokenOf(url!));
    expect(first.statusCode).toBe(303);
    const cookie = first.cookies.find((k) => k.name === "console_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: true, path: "/console" });
    expect((await login(tokenOf(url!))).statusCode).toBe(401);
    // The database holds no usable secret: neither the link token nor the session appear in it.
    const rows = await c.h.store.consoleToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(tokenOf(url!));
    expect(JSON.stringify(rows)).not.toContain(cookie.value);

    // A sign-in form posted from another site is refused (login CSRF), and does not use the link up.
    const [forged] = await chat.say("/web");
    const foreign = await c.server.inject({ method: "POST", url: "/console/login", headers: { origin: "https://evil.example" }, payload: { token: tokenOf(linkIn(forged!.text)!) } });
    expect(foreign.statusCode).toBe(403);
    expect((await login(tokenOf(linkIn(forged!.text)!))).statusCode).toBe(303);

    const [again] = await chat.say("/web");
    c.h.clock.advance(10 * 60_000 + 1000);
    const late = await login(tokenOf(linkIn(again!.text)!));
    expect(late.statusCode).toBe(401);
    expect(late.body).toContain("hết hạn");
  });

  it("refuses a link in a group, to people without a role, and to an admin id of another platform", async () => {
    c = await createConsoleHarness({ ADMIN_IDS: "zalo:100" });
    const chat = new Conversation(c.app.router, { userId: "100" });
    expect((await chat.say("/web", { chatId: "-5", chatKind: "group" }))[0]!.text).toContain("tin nhắn riêng");
    // zalo:100 is an admin; telegram:100 is someone else.
    const [reply] = await chat.say("/web");
    expect(linkIn(reply!.text)).toBeUndefined();
    expect(reply!.text).toContain("chỉ dành cho");
    const zalo = new Conversation(c.app.router, { userId: "100", channel: "zalo" });
    expect(linkIn((await zalo.say("/web"))[0]!.text)).toBeDefined();
  });

  it("ends a session after eight idle hours, keeps it while used, and /web_thoat ends them all", async () => {
    c = await createConsoleHarness();
    const a = await signIn(c, ADMIN);
    const b = await signIn(c, ADMIN);
    c.h.clock.advance(7 * 3_600_000);
    expect((await get(c, a, "/console/tickets")).statusCode).toBe(200);
    c.h.clock.advance(7 * 3_600_000);
    expect((await get(c, a, "/console/tickets")).statusCode).toBe(200);
    expect((await get(c, b, "/console/tickets")).statusCode).toBe(401);
    const chat = new Conversation(c.app.router, { userId: "100" });
    expect((await chat.say("/web_thoat"))[0]!.text).toContain("Đã đăng xuất 1 phiên");
    expect((await get(c, a, "/console/tickets")).statusCode).toBe(401);
  });
});

describe("idle sessions", () => {
  it("does not keep a session alive just because an open inbox refreshes itself", async () => {
    c = await createConsoleHarness();
    const idle = await signIn(c, STAFF);
    for (let h = 0; h < 7; h++) {
      c.h.clock.advance(3_600_000);
      expect((await get(c, idle, "/console/tickets/rows")).statusCode).toBe(200);
    }
    c.h.clock.advance(90 * 60_000);
    expect((await get(c, idle, "/console/tickets/rows")).statusCode).toBe(401);
  });
});

describe("access control", () => {
  it("answers no page or API without a session, and no POST without the CSRF token", async () => {
    c = await createConsoleHarness();
    const guarded = c.routes.filter((r) => !r.config?.public);
    expect(guarded.length).toBeGreaterThan(5);
    const admin = await signIn(c, ADMIN);
    for (const r of guarded) {
      const methods = Array.isArray(r.method) ? r.method : [r.method];
      for (const method of methods.filter((m) => m === "GET" || m === "POST")) {
        const url = r.url.replace(/:(\w+)/g, "1");
        const anonymous = await c.server.inject({ method, url });
        expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
        expect(anonymous.body).not.toContain("<table");
        if (method === "POST") {
          const noToken = await c.server.inject({ method, url, headers: { cookie: admin.cookie }, payload: { text: "x" } });
          expect(noToken.statusCode, `${method} ${url} without CSRF`).toBe(403);
          const wrong = await c.server.inject({ method, url, headers: { cookie: admin.cookie, "x-csrf-token": "A".repeat(43) }, payload: {} });
          expect(wrong.statusCode).toBe(403);
        }
      }
    }
    // A forged cookie is nobody.
    expect((await c.server.inject({ method: "GET", url: "/console", headers: { cookie: `console_session=${"a".repeat(43)}` } })).statusCode).toBe(401);
  });

  it("shows support staff the tickets but not the dashboard, roster or schedule", async () => {
    c = await createConsoleHarness();
    const staff = await signIn(c, STAFF);
    expect((await get(c, staff, "/console")).headers.location).toBe("/console/tickets");
    for (const url of ["/console/province/Nghệ An", "/console/roster", "/console/roster.xlsx", "/console/roster/1/history", "/console/schedule", "/console/kb"]) {
      const res = await get(c, staff, encodeURI(url));
      expect(res.statusCode, url).toBe(403);
    }
    expect((await get(c, staff, "/console/tickets")).statusCode).toBe(200);
    expect((await get(c, staff, "/console/gaps")).statusCode).toBe(200);
    // Logging out ends the session.
    expect((await post(c, staff, "/console/logout")).statusCode).toBe(200);
    expect((await get(c, staff, "/console/tickets")).statusCode).toBe(401);
  });

  it("drops the role at once when the person leaves ADMIN_IDS", async () => {
    c = await createConsoleHarness();
    const admin = await signIn(c, ADMIN);
    c.deps.config.admins = [];
    expect((await get(c, admin, "/console")).statusCode).toBe(401);
  });
});

describe("PUBLIC_URL", () => {
  it("defaults to this machine on HTTP_PORT and refuses anything but an http(s) URL", () => {
    expect(loadConfig({}).PUBLIC_URL).toBe("http://localhost:8080");
    expect(loadConfig({ HTTP_PORT: "18080" }).PUBLIC_URL).toBe("http://localhost:18080");
    expect(loadConfig({ PUBLIC_URL: "https://bo.example.vn" }).PUBLIC_URL).toBe("https://bo.example.vn");
    expect(() => loadConfig({ PUBLIC_URL: "ftp://bo.example.vn" })).toThrow(/PUBLIC_URL/);
  });
});
