// Registration rules over the store's queries (src/store/officers.ts): who holds a unit's places,
// whether it is full. Communes are keyed on their official code; the few registrations without one
// (awaiting /dangky_chuanhoa) are compared by folded name here rather than in SQL.
import { registration as t } from "../../messages/index.js";
import { activeOfficersOfUnit, type OfficerRawDb, type Officer } from "../../store/officers.js";
import { communeCore } from "../../reference/communes.js";
import type { CardFields } from "../../messages/registration.js";
import { COMMUNE_KINDS, isSo, quotaOf, roleLabel, soUnitName, type UnitKind } from "./units.js";

export interface UnitRef {
  province: string;
  unitKind: UnitKind;
  /** Communes only; a Sở's name is derived. */
  unitName?: string;
  /** Communes only: the official code, the key of the one-officer quota. */
  unitCode?: string;
}

export function unitNameOf(u: UnitRef): string {
  return isSo(u.unitKind) ? soUnitName(u.unitKind, u.province) : (u.unitName ?? "");
}

/** Who already holds the places of this unit (excluding one registration being updated). */
export async function holdersOf(db: OfficerRawDb, u: UnitRef, excludeId?: number): Promise<Officer[]> {
  const base = { province: u.province, ...(excludeId !== undefined ? { excludeId } : {}) };
  if (isSo(u.unitKind)) return activeOfficersOfUnit(db, { ...base, unitKinds: [u.unitKind] });
  if (!u.unitCode && !u.unitName) return [];
  const core = communeCore(u.unitName ?? "");
  const rows = await activeOfficersOfUnit(db, { ...base, unitKinds: COMMUNE_KINDS, ...(u.unitCode ? { unitCode: u.unitCode } : {}) });
  // Registrations not yet given a code (before the list, awaiting /dangky_chuanhoa) count by name.
  return rows.filter((r) => (u.unitCode && r.unitCode ? r.unitCode === u.unitCode : communeCore(r.unitName) === core));
}

export interface Full {
  holders: Officer[];
  /** The catalog's "this unit is full" message: names and positions only. */
  message: string;
}

/** The unit's places are all taken (ignoring the registration being updated), or undefined. */
export async function unitFull(db: OfficerRawDb, u: UnitRef, excludeId?: number): Promise<Full | undefined> {
  if (!isSo(u.unitKind) && !u.unitName && !u.unitCode) return undefined;
  const holders = await holdersOf(db, u, excludeId);
  if (holders.length < quotaOf(u.unitKind)) return undefined;
  const shown = holders.map((h) => ({ fullName: h.fullName, position: h.position }));
  // The stored name, not the typed one: "xa tan an" is shown as the registered "Xã Tân An".
  const message = isSo(u.unitKind) ? t.soFull(unitNameOf(u), shown) : t.communeFull(holders[0]!.unitName, shown);
  return { holders, message };
}

export function cardOf(o: Pick<Officer, "province" | "unitName" | "fullName" | "position" | "phone" | "email" | "role">): CardFields {
  return {
    province: o.province,
    unitName: o.unitName,
    fullName: o.fullName,
    position: o.position,
    phone: o.phone,
    email: o.email,
    role: roleLabel(o.role),
  };
}

/** One line with no contact details, for admins picking a registration. */
export function adminLine(o: Pick<Officer, "id" | "unitName" | "fullName" | "position">): string {
  return t.admin.pickLine(o.id, o.unitName, o.fullName, o.position);
}

