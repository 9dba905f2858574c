// The page frame every console page shares: skip link, header, role-aware navigation, main.
import { consoleText as t } from "../messages/index.js";
import type { Viewer } from "./auth.js";
import { html, type Html } from "./html.js";

export type Section = "dashboard" | "tickets" | "roster" | "schedule" | "kb" | "gaps";

const NAV: { section: Section; href: string; admin: boolean }[] = [
  { section: "dashboard", href: "/console", admin: true },
  { section: "tickets", href: "/console/tickets", admin: false },
  { section: "roster", href: "/console/roster", admin: true },
  { section: "schedule", href: "/console/schedule", admin: true },
  { section: "kb", href: "/console/kb", admin: true },
  { section: "gaps", href: "/console/gaps", admin: false },
];

export interface Frame {
  title: string;
  viewer?: Viewer;
  csrf?: string;
  section?: Section;
  notice?: { kind: "ok" | "error" | "info"; text: string };
  /** Extra scripts (ECharts) for pages with charts. */
  charts?: boolean;
}

export function allowedSections(viewer: Viewer): Section[] {
  return NAV.filter((n) => viewer.role === "admin" || !n.admin).map((n) => n.section);
}

export function noticeBox(notice: Frame["notice"]): Html {
  if (!notice) return html``;
  return html`<div class="notice ${notice.kind === "info" ? "" : notice.kind}" role="${notice.kind === "error" ? "alert" : "status"}">${notice.text}</div>`;
}

export function layout(frame: Frame, body: Html): Html {
  const v = frame.viewer;
  const nav = v
    ? html`<nav class="main" aria-label="${t.appName}"><ul>${NAV.filter((n) => v.role === "admin" || !n.admin).map(
        (n) => html`<li><a href="${n.href}" ${frame.section === n.section ? html`aria-current="page"` : ""}>${t.nav[n.section]}</a></li>`,
      )}</ul></nav>`
    : "";
  const who = v
    ? html`<span class="who">${t.signedInAs(v.actor, t.roleName[v.role] ?? v.role)}</span>
        <form method="post" action="/console/logout"><input type="hidden" name="_csrf" value="${frame.csrf ?? ""}"><button class="secondary" type="submit">${t.nav.logout}</button></form>`
    : "";
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}'>
<title>${frame.title} · ${t.appName}</title>
<link rel="stylesheet" href="/console/assets/console.css">
<script src="/console/assets/htmx.min.js" defer></script>
${frame.charts ? html`<script src="/console/assets/echarts.min.js" defer></script>` : ""}
<script src="/console/assets/console.js" defer></script>
</head>
<body ${frame.csrf ? html`hx-headers="${JSON.stringify({ "x-csrf-token": frame.csrf })}"` : ""}>
<a class="skip" href="#main">${t.skip}</a>
<header class="top"><span class="brand">${t.appName}</span>${who}</header>
${nav}
<main id="main" tabindex="-1">
<h1>${frame.title}</h1>
${noticeBox(frame.notice)}
${body}
</main>
</body>
</html>`;
}

/** A hidden CSRF field for a form. */
export const csrfField = (csrf: string): Html => html`<input type="hidden" name="_csrf" value="${csrf}">`;
