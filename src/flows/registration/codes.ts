// Unit codes for registrations made before the official list (free-text communes), and for those
// whose unit left the list after an update: certain matches are assigned at start-up, the rest are
// listed for an admin (/dangky_chuanhoa) with the closest units of the list to confirm in one tap.
import { communeByCode, matchCommune, type CommuneUnit } from "../../reference/communes.js";
import { PROVINCES } from "../../reference/provinces.js";
import type { Store } from "../../store/db.js";
import { activeOfficersOfKinds, assignUnitCodeIfFree, heldUnitCodes, setRegistrationUnit, type Officer } from "../../store/officers.js";
import { COMMUNE_KINDS, kindOfUnit } from "./units.js";

/** Why a registration still needs an admin. */
export type PendingReason =
  /** Its code is no longer in the list (after `npm run reference:update`). */
  | "stale"
  /** Nothing in the province's list is close to the typed name. */
  | "unknown"
  /** Several units are close. */
  | "several"
  /** One unit is close but not certain (typo, another kind, a former name). */
  | "likely"
  /** The matching unit already has another registration with its code. */
  | "taken";

export interface PendingCode {
  officer: Officer;
  reason: PendingReason;
  /** Closest units of the registration's province, best first. */
  suggestions: CommuneUnit[];
  /** Units named the same in other provinces (the province may be the mistake). */
  elsewhere: CommuneUnit[];
}

/** The one unit a free-text commune certainly is: same folded name, same kind, alone in its province. */
function certainUnit(o: Officer): CommuneUnit | undefined {
  if (!PROVINCES.includes(o.province)) return undefined;
  const m = matchCommune(o.province, o.unitName);
  if (m.kind !== "exact" || m.corrected || kindOfUnit(m.unit.kind) !== o.unitKind) return undefined;
  return m.unit;
}

/**
 * Assigns codes to commune registrations without one where the match is certain; the earliest
 * registration of a unit gets it, a later one of the same unit is left for an admin. Idempotent.
 */
export async function assignCommuneCodes(store: Store): Promise<{ mapped: number; pending: number }> {
  const rows = await activeOfficersOfKinds(store, COMMUNE_KINDS, { withoutCode: true });
  let mapped = 0;
  for (const o of rows) {
    const unit = certainUnit(o);
    if (!unit) continue;
    if (await assignUnitCodeIfFree(store, o.id, { code: unit.code, name: unit.name, unitKind: kindOfUnit(unit.kind) })) mapped++;
  }
  return { mapped, pending: rows.length - mapped };
}

/** Commune registrations with no code, or a code the list no longer has, with what to offer. */
export async function pendingCodes(store: Store): Promise<PendingCode[]> {
  const rows = (await activeOfficersOfKinds(store, COMMUNE_KINDS)).filter((o) => !o.unitCode || communeByCode(o.unitCode)?.province !== o.province);
  const held = await heldUnitCodes(store);
  return rows.map((officer) => describe(officer, held));
}

function describe(officer: Officer, held: Set<string>): PendingCode {
  const stale = !!officer.unitCode;
  const m = matchCommune(officer.province, officer.unitName);
  const pick = (reason: PendingReason, suggestions: CommuneUnit[], elsewhere: CommuneUnit[] = []): PendingCode => ({
    officer,
    reason: stale ? "stale" : reason,
    suggestions,
    elsewhere,
  });
  switch (m.kind) {
    case "exact":
      return pick(held.has(m.unit.code) ? "taken" : "likely", [m.unit]);
    case "former":
      return pick("likely", [m.unit]);
    case "choices":
      return pick("several", m.candidates);
    case "none":
      return pick("unknown", m.suggestions, m.elsewhere);
  }
}

export type FixOutcome =
  | { kind: "fixed"; officer: Officer; unit: CommuneUnit }
  | { kind: "gone" }
  | { kind: "wrongProvince"; unit: CommuneUnit }
  | { kind: "taken"; unit: CommuneUnit; holderId: number };

/** Gives a registration the unit of `code` (official name and kind too), if no one else holds it. */
export async function setUnitCode(store: Store, officerId: number, code: string): Promise<FixOutcome> {
  const unit = communeByCode(code);
  if (!unit) return { kind: "gone" };
  const listed = { code: unit.code, name: unit.name, unitKind: kindOfUnit(unit.kind), province: unit.province };
  const r = await setRegistrationUnit(store, officerId, listed, COMMUNE_KINDS);
  return r.kind === "gone" ? r : { ...r, unit };
}
