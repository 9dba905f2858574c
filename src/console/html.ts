// A tagged template for HTML: every interpolated value is escaped unless it is already Html (a
// fragment built by this same template, or `raw` for trusted markup such as an inline SVG).
// Pages are plain typed functions returning Html, so the compiler checks what each page needs.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false || value === true) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Trusted markup, as is. Never pass text that came from a user. */
export const raw = (markup: string): Html => new Html(markup);

/** A JSON value for a data-* attribute (escaped by the template when interpolated). */
export const jsonAttr = (value: unknown): string => JSON.stringify(value);
