// The 34 provincial-level units since 1 July 2025 and the former provinces merged into them.
// Officers still type the old names, with or without diacritics, so matching is forgiving.
import { createRequire } from "node:module";
import { editDistance, fold } from "../text.js";

interface UnitRecord {
  name: string;
  kind: string;
  formerly: string[];
}

const require = createRequire(import.meta.url);
const data = require("./provinces-2025.json") as { units: UnitRecord[] };

export const PROVINCES: readonly string[] = data.units.map((u) => u.name);

export type ProvinceMatch =
  | { kind: "exact"; province: string }
  /** A former province name: confirm the new unit with the person. */
  | { kind: "former"; province: string; former: string }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "none"; suggestions: string[] };

/** "Thành phố Hồ Chí Minh", "TP. HCM", "tinh Nghe An" → the core name, folded. */
function core(text: string): string {
  return fold(text)
    .replace(/[.,;:!?()"'“”]/g, " ")
    .replace(/^\s*(thanh pho|tp|tinh)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const ABBREVIATIONS: Record<string, string> = {
  hcm: "ho chi minh",
  hn: "ha noi",
  "sai gon": "ho chi minh",
  hp: "hai phong",
  "brvt": "ba ria vung tau",
  "ba ria": "ba ria vung tau",
  "vung tau": "ba ria vung tau",
};

interface Alias {
  key: string;
  province: string;
  former?: string;
}

const ALIASES: Alias[] = data.units.flatMap((u) => {
  const own = core(u.name);
  const list: Alias[] = [{ key: own, province: u.name }];
  for (const f of u.formerly) {
    const key = core(f).replace(/ - /g, " ").replace(/-/g, " ");
    // A unit's own old name (Hải Phòng → Thành phố Hải Phòng) is not a merger to confirm.
    list.push(key === own ? { key, province: u.name } : { key, province: u.name, former: f });
  }
  return list;
});

function resolve(hits: Alias[]): ProvinceMatch {
  const provinces = [...new Set(hits.map((h) => h.province))];
  if (provinces.length > 1) return { kind: "ambiguous", candidates: provinces };
  const current = hits.find((h) => !h.former);
  if (current) return { kind: "exact", province: current.province };
  return { kind: "former", province: hits[0]!.province, former: hits[0]!.former! };
}

/**
 * Every current and former province name of two syllables or more, folded ("ha noi", "nghe an",
 * "ba ria vung tau"): what a question names when it names a province.
 */
export const PROVINCE_NAME_KEYS: readonly string[] = [...new Set(ALIASES.map((a) => a.key).filter((k) => k.includes(" ")))];

/** Matches what a person typed against current and former province names. */
export function matchProvince(text: string): ProvinceMatch {
  let key = core(text).replace(/-/g, " ").replace(/\s+/g, " ");
  key = ABBREVIATIONS[key.replace(/\s/g, "")] ?? ABBREVIATIONS[key] ?? key;
  if (!key) return { kind: "none", suggestions: [] };
  const exact = ALIASES.filter((a) => a.key === key);
  if (exact.length) return resolve(exact);
  // "Quảng" alone, or "Hà": several provinces start or contain the words.
  const partial = ALIASES.filter((a) => key.length >= 3 && (a.key.startsWith(key) || a.key.split(" ").includes(key)));
  if (partial.length) return resolve(partial);
  // Typos: allow one edit per five letters.
  const scored = ALIASES.map((a) => ({ a, d: editDistance(a.key, key) }))
    .filter((s) => s.d <= Math.max(1, Math.floor(key.length / 5)))
    .sort((x, y) => x.d - y.d);
  if (scored.length) return resolve(scored.filter((s) => s.d === scored[0]!.d).map((s) => s.a));
  const suggestions = ALIASES.map((a) => ({ p: a.province, d: editDistance(a.key, key) }))
    .sort((x, y) => x.d - y.d)
    .map((s) => s.p)
    .filter((p, i, all) => all.indexOf(p) === i)
    .slice(0, 3);
  return { kind: "none", suggestions };
}

/** Canonical name for a name known to be a current unit (or a former one), else undefined. */
export function canonicalProvince(text: string): string | undefined {
  const m = matchProvince(text);
  return m.kind === "exact" || m.kind === "former" ? m.province : undefined;
}
