// Unit kinds, the role each implies, the quotas of the ministry's plan, and commune names.
import { registration as t } from "../../messages/index.js";
import { PROVINCES } from "../../reference/provinces.js";
import { fold } from "../../text.js";
import { capitaliseWords, tidy, type ParseResult } from "../forms/parsers.js";

export const SO_KINDS = ["so_vhttdl", "so_vhtt", "so_dl"] as const;
export const COMMUNE_KINDS = ["xa", "phuong", "dac_khu"] as const;
export const UNIT_KINDS = [...SO_KINDS, ...COMMUNE_KINDS] as const;

export type SoKind = (typeof SO_KINDS)[number];
export type CommuneKind = (typeof COMMUNE_KINDS)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type Role = "phoi_hop" | "quan_tri";

export const isUnitKind = (k: unknown): k is UnitKind => typeof k === "string" && (UNIT_KINDS as readonly string[]).includes(k);
export const isSo = (k: string): k is SoKind => (SO_KINDS as readonly string[]).includes(k);
export const isCommune = (k: string): k is CommuneKind => (COMMUNE_KINDS as readonly string[]).includes(k);

/** The plan: 2 coordinating officers per Sở, 1 system administrator per commune-level unit. */
export const quotaOf = (kind: string): number => (isSo(kind) ? 2 : 1);
export const roleOf = (kind: string): Role => (isSo(kind) ? "phoi_hop" : "quan_tri");
export const roleLabel = (role: string): string => t.roles[role as Role] ?? role;
export const kindLabel = (kind: string): string => t.unitKinds[kind as UnitKind] ?? kind;

export function soUnitName(kind: SoKind, province: string): string {
  return t.soUnitName(t.unitKinds[kind], province);
}

/** Identity of a commune for the one-per-commune quota: province + folded name. */
export const communeKey = (province: string, unitName: string) => `${province}|${fold(unitName)}`;

export const provinceIndex = (province: string) => PROVINCES.indexOf(province);

/** Matches a typed unit kind: "xa", "UBND phường", "so du lich", "VHTTDL". */
export function matchUnitKind(text: string): UnitKind | undefined {
  const f = fold(text).replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ").trim().replace(/^(ubnd|uy ban nhan dan) /, "");
  if (!f) return undefined;
  if (/^(xa)$/.test(f)) return "xa";
  if (/^(phuong)$/.test(f)) return "phuong";
  if (/^(dac khu)$/.test(f)) return "dac_khu";
  const compact = f.replace(/^so /, "").replace(/ /g, "");
  if (["vhttdl", "vanhoathethaovadulich", "vanhoathethaodulich"].includes(compact)) return "so_vhttdl";
  if (["vhtt", "vanhoavathethao", "vanhoathethao"].includes(compact)) return "so_vhtt";
  if (["dl", "dulich"].includes(compact)) return "so_dl";
  return undefined;
}

export type CommuneNameReason = "empty" | "digits" | "tooShort" | "tooLong" | "chars";

// Matched on the lower-cased text, accepting the right accents or none: folding would also strip
// "Xà Lộc" of its first word.
const ADMIN_WORDS = "(?:ubnd|uỷ ban nhân dân|ủy ban nhân dân|uy ban nhan dan) ";
const PREFIXES: { re: RegExp; kind: CommuneKind }[] = [
  { re: new RegExp(`^(?:${ADMIN_WORDS})?(?:xã|xa)(?: |$)`), kind: "xa" },
  { re: new RegExp(`^(?:${ADMIN_WORDS})?(?:phường|phuong)(?: |$)`), kind: "phuong" },
  { re: new RegExp(`^(?:${ADMIN_WORDS})?(?:đặc khu|dac khu)(?: |$)`), kind: "dac_khu" },
];

/**
 * "xã tân an" → { kind: "xa", name: "Xã Tân An" }; "Tân An" with kind xã → "Xã Tân An". A prefix
 * the person typed wins over the kind chosen earlier: both are communes with the same role.
 */
export function parseCommuneName(text: string, chosen: CommuneKind): ParseResult<{ kind: CommuneKind; name: string }, CommuneNameReason> {
  let s = tidy(text);
  const lower = s.toLocaleLowerCase("vi");
  let kind = chosen;
  for (const p of PREFIXES) {
    const m = lower.match(p.re);
    if (m) {
      kind = p.kind;
      s = s.slice(m[0].length);
      break;
    }
  }
  s = s.trim();
  if (!s) return { ok: false, reason: "empty" };
  if (/^[\d\s.,-]+$/.test(s)) return { ok: false, reason: "digits" };
  if (!/^[\p{L}\p{M}\d' ’-]+$/u.test(s)) return { ok: false, reason: "chars" };
  if (s.replace(/[^\p{L}]/gu, "").length < 2) return { ok: false, reason: "tooShort" };
  if (s.length > 50) return { ok: false, reason: "tooLong" };
  return { ok: true, value: { kind, name: `${t.communePrefix[kind]} ${capitaliseWords(s)}` } };
}
