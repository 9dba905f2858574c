// The official commune-level units (xã, phường, đặc khu) with their codes, per province, and a
// forgiving matcher: officers type names with or without the unit word, with or without
// diacritics, with typos. Matching never leaves the chosen province; a name found only elsewhere is
// returned separately so the caller can say where it belongs.
import { createRequire } from "node:module";
import { z } from "zod";
import { accentKeyOf, fold, hasMarks } from "../text.js";
import { PROVINCES } from "./provinces.js";

export type CommuneKindName = "xã" | "phường" | "đặc khu";

export interface CommuneUnit {
  code: string;
  /** Official name with its unit word: "Xã Bố Trạch". */
  name: string;
  kind: CommuneKindName;
  /** Canonical province name of provinces-2025.json ("Nghệ An", "Thành phố Hà Nội"). */
  province: string;
  /** Pre-2025 names the unit no longer shows, when the list gives them. */
  formerly: string[];
}

export interface CommuneProvince {
  code: string;
  /** Name as published in the list ("Tỉnh Nghệ An"). */
  name: string;
  province: string;
  units: CommuneUnit[];
}

export interface CommuneList {
  about?: string;
  source?: string;
  provinces: CommuneProvince[];
}

const unitSchema = z.object({
  code: z.string().regex(/^\d{5}$/),
  name: z.string().min(2).max(80),
  kind: z.enum(["xã", "phường", "đặc khu"]),
  formerly: z.array(z.string().min(2).max(80)).optional(),
});
const listSchema = z.object({
  about: z.string().optional(),
  source: z.string().optional(),
  provinces: z
    .array(z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(2), units: z.array(unitSchema).min(1) }))
    .min(1),
});

export class CommuneListError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

const provinceCore = (name: string) => fold(name).replace(/^(thanh pho|tinh) /, "");
const PROVINCE_BY_CORE = new Map(PROVINCES.map((p) => [provinceCore(p), p]));

/**
 * Validates a list of the published shape and names each province as the project does (by folded
 * name: the list writes "Tỉnh Thanh Hoá", "Thành phố Đồng Nai"). Throws CommuneListError listing
 * every problem.
 */
export function parseCommuneList(json: unknown): CommuneList {
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) {
    throw new CommuneListError(parsed.error.issues.slice(0, 20).map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const problems: string[] = [];
  const seenCodes = new Set<string>();
  const seenProvinces = new Set<string>();
  const provinces = parsed.data.provinces.map((p) => {
    const province = PROVINCE_BY_CORE.get(provinceCore(p.name));
    if (!province) problems.push(`province "${p.name}" is not one of the 34 provinces`);
    else if (seenProvinces.has(province)) problems.push(`province "${p.name}" appears twice`);
    else seenProvinces.add(province);
    const units = p.units.map((u) => {
      if (seenCodes.has(u.code)) problems.push(`unit code ${u.code} appears twice`);
      seenCodes.add(u.code);
      return { code: u.code, name: u.name.normalize("NFC"), kind: u.kind, province: province ?? p.name, formerly: u.formerly ?? [] };
    });
    return { code: p.code, name: p.name, province: province ?? p.name, units };
  });
  for (const p of PROVINCES) if (!seenProvinces.has(p)) problems.push(`province "${p}" is missing`);
  if (problems.length) throw new CommuneListError(problems);
  return { about: parsed.data.about, source: parsed.data.source, provinces };
}

// ── Keys ─────────────────────────────────────────────────────────────────────────────────────

const UNIT_WORDS = /^(xa|phuong|dac khu|thi tran|tt|p)( |$)/;
const ADMIN_WORDS = /^(ubnd|uy ban nhan dan)( |$)/;

/** Folded, punctuation as spaces: "P. Bến Nghé" → "p ben nghe". */
const plain = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The name without its unit word: "Xã Bố Trạch" → "bo trach". */
export const communeCore = (name: string) => plain(name).replace(ADMIN_WORDS, "").replace(UNIT_WORDS, "").trim();


/** The unit word typed first ("xã", "phuong", "P."), used only to choose among same-named units. */
function typedKind(text: string): CommuneKindName | undefined {
  const f = plain(text).replace(ADMIN_WORDS, "");
  if (/^xa /.test(f)) return "xã";
  if (/^(phuong|p) /.test(f)) return "phường";
  if (/^dac khu /.test(f)) return "đặc khu";
  return undefined;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

// ── Matching ─────────────────────────────────────────────────────────────────────────────────

export type CommuneMatch =
  /** One unit; `corrected` when it was found despite a typo. */
  | { kind: "exact"; unit: CommuneUnit; corrected?: boolean }
  /** A pre-2025 name of this unit: confirm with the person. */
  | { kind: "former"; unit: CommuneUnit; former: string }
  /** Several close units: offer them, closest first. */
  | { kind: "choices"; candidates: CommuneUnit[] }
  /** Nothing in this province; `elsewhere` holds units of that name in other provinces. */
  | { kind: "none"; suggestions: CommuneUnit[]; elsewhere: CommuneUnit[] };

interface Entry {
  unit: CommuneUnit;
  core: string;
  full: string;
  accent: string;
  formerly: { core: string; name: string }[];
}

export interface CommuneIndex {
  readonly list: CommuneList;
  readonly total: number;
  unitsOf(province: string): readonly CommuneUnit[];
  byCode(code: string): CommuneUnit | undefined;
  match(province: string, text: string): CommuneMatch;
}

const MAX_CHOICES = 6;

export function createCommuneIndex(list: CommuneList): CommuneIndex {
  const byProvince = new Map<string, Entry[]>();
  const byCode = new Map<string, CommuneUnit>();
  const byCore = new Map<string, CommuneUnit[]>();
  for (const p of list.provinces) {
    const entries = p.units.map((unit) => {
      byCode.set(unit.code, unit);
      const core = communeCore(unit.name);
      byCore.set(core, [...(byCore.get(core) ?? []), unit]);
      return {
        unit,
        core,
        full: plain(unit.name),
        accent: accentKeyOf(unit.name.replace(/^(Xã|Phường|Đặc khu) /, "")),
        formerly: unit.formerly.map((name) => ({ core: communeCore(name), name })),
      };
    });
    byProvince.set(p.province, entries);
  }

  /** Several units with the same folded name: the typed accents or unit word may pick one. */
  function narrow(hits: Entry[], typed: string): Entry[] {
    if (hits.length < 2) return hits;
    const kind = typedKind(typed);
    let rest = kind ? hits.filter((h) => h.unit.kind === kind) : hits;
    if (!rest.length) rest = hits;
    const name = typed.normalize("NFC").replace(/^(ubnd|uỷ ban nhân dân|ủy ban nhân dân) /i, "").replace(/^(xã|phường|đặc khu|p\.) /i, "");
    // Someone who types diacritics anywhere ("Xã Thanh An") means the bare syllables too.
    if (rest.length > 1 && hasMarks(typed)) {
      const key = accentKeyOf(name.trim());
      const same = rest.filter((h) => h.accent === key);
      if (same.length) rest = same;
    }
    return rest;
  }

  function match(province: string, text: string): CommuneMatch {
    const entries = byProvince.get(province) ?? [];
    const whole = plain(text).replace(ADMIN_WORDS, "").trim();
    const stripped = whole.replace(UNIT_WORDS, "").trim();
    // "xa dung" may be "Xã Dung" or the name "Xa Dung": both keys are tried.
    const keys = [...new Set([stripped, whole].filter((k) => k.length > 0))];
    if (!keys.length) return { kind: "none", suggestions: [], elsewhere: [] };

    const exact = narrow(entries.filter((e) => keys.includes(e.core) || keys.includes(e.full)), text);
    if (exact.length === 1) return { kind: "exact", unit: exact[0]!.unit };
    if (exact.length > 1) return { kind: "choices", candidates: exact.map((e) => e.unit) };

    const former = entries.filter((e) => e.formerly.some((f) => keys.includes(f.core)));
    if (former.length === 1) {
      const e = former[0]!;
      return { kind: "former", unit: e.unit, former: e.formerly.find((f) => keys.includes(f.core))!.name };
    }
    if (former.length > 1) return { kind: "choices", candidates: former.map((e) => e.unit) };

    // Typos: up to one edit per four letters, on the name with or without its unit word. Distances
    // are computed once, up to the looser bound used for "did you mean" suggestions.
    const key = stripped || whole;
    const limit = Math.max(1, Math.floor(key.length / 4));
    const loose = Math.max(limit, Math.floor(key.length / 3));
    const near: { e: Entry; d: number }[] = [];
    for (const e of entries) {
      let d = loose + 1;
      for (const k of keys) d = Math.min(d, editDistance(k, e.core, Math.min(d - 1, loose)));
      if (d <= loose) near.push({ e, d });
    }
    near.sort((a, b) => a.d - b.d || a.e.core.localeCompare(b.e.core));
    const scored = near.filter((s) => s.d <= limit);
    if (scored.length) {
      const best = scored[0]!.d;
      const tied = narrow(
        scored.filter((s) => s.d === best).map((s) => s.e),
        text,
      );
      const runnersUp = scored.filter((s) => s.d === best + 1).length;
      // One slip is taken as meant; two or more are only offered, never assumed.
      if (best === 1 && tied.length === 1 && runnersUp === 0) return { kind: "exact", unit: tied[0]!.unit, corrected: true };
      const close = [...tied, ...scored.filter((s) => s.d > best && s.d <= best + 1).map((s) => s.e)];
      return { kind: "choices", candidates: close.slice(0, MAX_CHOICES).map((e) => e.unit) };
    }

    // Part of a name: "Quỳnh" → Quỳnh Văn, Quỳnh Tam, …
    if (key.length >= 3) {
      const partial = entries.filter((e) => e.core.startsWith(`${key} `) || e.core.endsWith(` ${key}`) || e.core.includes(` ${key} `));
      if (partial.length) return { kind: "choices", candidates: partial.slice(0, MAX_CHOICES).map((e) => e.unit) };
    }

    const elsewhere = keys.flatMap((k) => byCore.get(k) ?? []).filter((u) => u.province !== province);
    return { kind: "none", suggestions: near.slice(0, 3).map((s) => s.e.unit), elsewhere: [...new Set(elsewhere)] };
  }

  return {
    list,
    total: byCode.size,
    unitsOf: (province) => (byProvince.get(province) ?? []).map((e) => e.unit),
    byCode: (code) => byCode.get(code),
    match,
  };
}

const require = createRequire(import.meta.url);

let shipped: CommuneIndex | undefined;

/** The list the project ships (src/reference/communes.json; `npm run reference:update` replaces it), loaded once. */
export function communeIndex(): CommuneIndex {
  return (shipped ??= createCommuneIndex(parseCommuneList(require("./communes.json"))));
}

export const matchCommune = (province: string, text: string) => communeIndex().match(province, text);
export const communeByCode = (code: string) => communeIndex().byCode(code);
export const communesOf = (province: string) => communeIndex().unitsOf(province);

/** The list as the project stores it: the published shape plus each province's project name, one unit a line. */
export function serializeCommuneList(list: CommuneList, credit: { about?: string; source?: string } = {}): string {
  const unitLine = (u: CommuneUnit) =>
    `      ${JSON.stringify({ code: u.code, name: u.name, kind: u.kind, ...(u.formerly.length ? { formerly: u.formerly } : {}) })}`;
  const provinces = list.provinces.map(
    (p) =>
      `    {"code": ${JSON.stringify(p.code)}, "name": ${JSON.stringify(p.name)}, "province": ${JSON.stringify(p.province)}, "units": [\n${p.units.map(unitLine).join(",\n")}\n    ]}`,
  );
  return [
    "{",
    `  "about": ${JSON.stringify(credit.about ?? list.about ?? "")},`,
    `  "source": ${JSON.stringify(credit.source ?? list.source ?? "")},`,
    `  "provinces": [\n${provinces.join(",\n")}\n  ]`,
    "}",
    "",
  ].join("\n");
}
