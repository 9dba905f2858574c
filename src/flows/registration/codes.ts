// Unit codes for registrations made before the official list (free-text communes), and for those
// whose unit left the list after an update: certain matches are assigned at start-up, the rest are
// listed for an admin (/dangky_chuanhoa) with the closest units of the list to confirm in one tap.
import type { Officer } from "../../generated/prisma/client.js";
import { communeByCode, matchCommune, type CommuneUnit } from "../../reference/communes.js";
import { PROVINCES } from "../../reference/provinces.js";
import type { Store } from "../../store/db.js";
import { ACTIVE } from "./repo.js";
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

const communeRows = (store: Store, where: object) =>
  store.officer.findMany({ where: { status: ACTIVE, unitKind: { in: [...COMMUNE_KINDS] }, ...where }, orderBy: { id: "asc" } });

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
  const rows = await communeRows(store, { unitCode: null });
  let mapped = 0;
  for (const o of rows) {
    const unit = certainUnit(o);
    if (!unit) continue;
    const done = await store.$transaction(async (tx) => {
      if (await tx.officer.findFirst({ where: { unitCode: unit.code } })) return false;
      await tx.officer.update({ where: { id: o.id }, data: { unitCode: unit.code, unitName: unit.name, unitKind: kindOfUnit(unit.kind) } });
      return true;
    });
    if (done) mapped++;
  }
  return { mapped, pending: rows.length - mapped };
}

/** Commune registrations with no code, or a code the list no longer has, with what to offer. */
export async function pendingCodes(store: Store): Promise<PendingCode[]> {
  const rows = (await communeRows(store, {})).filter((o) => !o.unitCode || communeByCode(o.unitCode)?.province !== o.province);
  const held = new Set((await store.officer.findMany({ where: { unitCode: { not: null } }, select: { unitCode: true } })).map((r) => r.unitCode!));
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
  return store.$transaction(async (tx): Promise<FixOutcome> => {
    const o = await tx.officer.findFirst({ where: { id: officerId, status: ACTIVE, unitKind: { in: [...COMMUNE_KINDS] } } });
    if (!o || !unit) return { kind: "gone" };
    if (unit.province !== o.province) return { kind: "wrongProvince", unit };
    const holder = await tx.officer.findFirst({ where: { unitCode: code, id: { not: officerId } } });
    if (holder) return { kind: "taken", unit, holderId: holder.id };
    const officer = await tx.officer.update({
      where: { id: officerId },
      data: { unitCode: unit.code, unitName: unit.name, unitKind: kindOfUnit(unit.kind) },
    });
    return { kind: "fixed", officer, unit };
  });
}
