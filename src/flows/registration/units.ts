// Unit kinds, the role each implies, and the quotas of the ministry's plan.
import { registration as t } from "../../messages/index.js";
import type { CommuneKindName } from "../../reference/communes.js";
import { PROVINCES } from "../../reference/provinces.js";
import { fold } from "../../text.js";

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

/** The kind the official list gives a unit: a "phường" is stored as a phường, whatever was picked. */
export function kindOfUnit(kind: CommuneKindName): CommuneKind {
  return kind === "phường" ? "phuong" : kind === "đặc khu" ? "dac_khu" : "xa";
}
