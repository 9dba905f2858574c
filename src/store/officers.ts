// Contact-officer registrations. The quota of a unit (2 per Sở, 1 per commune) is checked and the
// registration written in one transaction that first takes the unit's row in QuotaLock: a second
// registration for the same unit waits for the first to commit (a row lock on PostgreSQL, the one
// writer on SQLite) and then counts the first one's officer. The unique unit code backs communes up.
import { Prisma, type Officer } from "../generated/prisma/client.js";
import { recordAudit } from "./audit.js";
import { hotSql, type Store } from "./db.js";
import { erasePersonTraces } from "./erase.js";

export const ACTIVE = "active";

export type { Officer };

/** The store or a transaction. */
export type OfficerDb = Pick<Store, "officer">;
export type OfficerRawDb = Pick<Store, "$queryRaw" | "$executeRaw">;

export interface Owner {
  channel: string;
  userId: string;
}

/** Active registrations of a unit (excluding one being edited). Communes: by code, plus those without one. */
// The three look-ups below run at nearly every registration step (the quota, the duplicate phone,
// the person's own registrations), so they are portable raw SQL: 0.5 ms instead of 2–4 ms.
const COLUMNS = Prisma.sql`SELECT "id", "channel", "externalUserId", "province", "unitKind", "unitName", "unitCode", "fullName",
  "position", "phone", "email", "role", "status", "late", "consentAt", "createdAt", "updatedAt" FROM "Officer"`;

/** Raw rows as both databases return them (SQLite booleans as 0/1, PostgreSQL ids maybe as bigint). */
function officerOf(r: Officer): Officer {
  return {
    ...r,
    id: Number(r.id),
    late: Boolean(r.late),
    consentAt: new Date(r.consentAt),
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
  };
}

async function officersWhere(db: OfficerRawDb, where: Prisma.Sql): Promise<Officer[]> {
  const rows = await hotSql(db).query<Officer[]>`${COLUMNS} WHERE ${where} ORDER BY "id" ASC`;
  return rows.map(officerOf);
}

const notId = (id?: number) => (id !== undefined ? Prisma.sql` AND "id" <> ${id}` : Prisma.empty);

export async function activeOfficersOfUnit(
  db: OfficerRawDb,
  q: { province: string; unitKinds: readonly string[]; unitCode?: string; excludeId?: number },
): Promise<Officer[]> {
  const code = q.unitCode ? Prisma.sql` AND ("unitCode" = ${q.unitCode} OR "unitCode" IS NULL)` : Prisma.empty;
  return officersWhere(
    db,
    Prisma.sql`"province" = ${q.province} AND "unitKind" IN (${Prisma.join([...q.unitKinds])}) AND "status" = ${ACTIVE}${notId(q.excludeId)}${code}`,
  );
}

export async function activeByPhone(db: OfficerRawDb, phone: string, excludeId?: number): Promise<Officer[]> {
  return officersWhere(db, Prisma.sql`"phone" = ${phone} AND "status" = ${ACTIVE}${notId(excludeId)}`);
}

export async function ownRegistrations(db: OfficerRawDb, owner: Owner): Promise<Officer[]> {
  return officersWhere(db, Prisma.sql`"channel" = ${owner.channel} AND "externalUserId" = ${owner.userId} AND "status" = ${ACTIVE}`);
}

export async function ownRegistration(db: OfficerDb, owner: Owner, id: number): Promise<Officer | null> {
  return db.officer.findFirst({ where: { id, channel: owner.channel, externalUserId: owner.userId, status: ACTIVE } });
}

/** The person's most recently changed registration (active ones only, unless told otherwise). */
export async function registrationOf(db: OfficerDb, owner: Owner, o: { activeOnly: boolean } = { activeOnly: true }): Promise<Officer | null> {
  return db.officer.findFirst({
    where: { channel: owner.channel, externalUserId: owner.userId, ...(o.activeOnly ? { status: ACTIVE } : {}) },
    orderBy: { updatedAt: "desc" },
  });
}

export async function activeOfficer(db: OfficerDb, id: number): Promise<Officer | null> {
  return db.officer.findFirst({ where: { id, status: ACTIVE } });
}

/** The key of a unit's quota lock: a Sở by its kind, every commune of a province together. */
export function quotaLockKey(province: string, unitKind: string, isSo: boolean): string {
  return `${province}:${isSo ? unitKind : "commune"}`;
}

/**
 * Runs `work` in a transaction that holds the unit's quota lock: checks made inside it still hold
 * when it writes, whatever other instances do meanwhile.
 */
export async function withQuotaLock<T>(db: Store, key: string, now: Date, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    // A write first: on PostgreSQL the row stays locked until commit, so a concurrent transaction
    // for the same unit waits here; on SQLite the transaction becomes the one writer now.
    await tx.$executeRaw`INSERT INTO "QuotaLock" ("key", "lockedAt") VALUES (${key}, ${now})
      ON CONFLICT ("key") DO UPDATE SET "lockedAt" = excluded."lockedAt"`;
    return work(tx);
  });
}

/** What a registration says of its unit and its officer (the form's answers). */
export interface RegistrationFields {
  province: string;
  unitKind: string;
  unitName: string;
  unitCode: string | null;
  fullName: string;
  position: string;
  phone: string;
  email: string;
  role: string;
}

export interface NewRegistration extends RegistrationFields {
  channel: string;
  externalUserId: string;
  late: boolean;
  consentAt: Date;
  createdAt: Date;
}

/** Writes a registration (inside the quota lock's transaction); returns its id. */
export async function createRegistration(db: OfficerDb, r: NewRegistration): Promise<number> {
  const created = await db.officer.create({ data: { ...r, status: ACTIVE } });
  return created.id;
}

/** The owner's edit of a registration; a new consent time only when the form asked for it again. */
export async function updateRegistration(db: OfficerDb, id: number, fields: RegistrationFields, consentAt?: Date): Promise<void> {
  await db.officer.update({ where: { id }, data: { ...fields, ...(consentAt ? { consentAt } : {}) } });
}

/** The person the unit's letter names instead of the registered officer. */
export interface Replacement {
  fullName: string;
  position: string;
  phone: string;
  email: string;
  consentAt: Date;
}

/** An admin's change to a registration, audited with ids and the place only (no personal data). */
function auditAdminChange(tx: Parameters<typeof recordAudit>[0], action: string, o: Officer, by: { actor: string; at: Date }) {
  return recordAudit(tx, { actor: by.actor, action, target: `officer:${o.id}`, details: { province: o.province, unitKind: o.unitKind }, at: by.at });
}

export type ReplaceOutcome = { kind: "gone" } | { kind: "phone" } | { kind: "ok"; old: Officer };

/**
 * An admin puts the replacement in place of a registration, in one transaction with the duplicate
 * phone check and the audit entry (ids only). The row is then the ministry's: no chat account owns it.
 */
export async function replaceRegistration(db: Store, id: number, r: Replacement, by: { actor: string; at: Date }): Promise<ReplaceOutcome> {
  return db.$transaction(async (tx): Promise<ReplaceOutcome> => {
    const old = await tx.officer.findFirst({ where: { id, status: ACTIVE } });
    if (!old) return { kind: "gone" };
    if ((await activeByPhone(tx, r.phone, id)).length) return { kind: "phone" };
    await tx.officer.update({
      where: { id },
      // Entered by the ministry: no chat account owns it, so no one's /hoso or /xoadulieu reaches it.
      data: { ...r, channel: "ministry", externalUserId: by.actor },
    });
    await auditAdminChange(tx, "registration.replace", old, by);
    return { kind: "ok", old };
  });
}

/** A row of the ministry's roster export. */
export type RosterRow = Pick<
  Officer,
  "id" | "province" | "unitKind" | "unitName" | "unitCode" | "fullName" | "position" | "phone" | "email" | "role" | "late" | "createdAt"
>;

/** Every active registration, unordered (the roster orders them its own way). */
export async function activeRosterRows(db: OfficerDb): Promise<RosterRow[]> {
  return db.officer.findMany({
    where: { status: ACTIVE },
    select: {
      id: true, province: true, unitKind: true, unitName: true, unitCode: true, fullName: true, position: true,
      phone: true, email: true, role: true, late: true, createdAt: true,
    },
  });
}

/** Active registrations of these unit kinds (communes), oldest first; optionally only those without a code. */
export async function activeOfficersOfKinds(db: OfficerDb, unitKinds: readonly string[], o: { withoutCode?: boolean } = {}): Promise<Officer[]> {
  return db.officer.findMany({
    where: { status: ACTIVE, unitKind: { in: [...unitKinds] }, ...(o.withoutCode ? { unitCode: null } : {}) },
    orderBy: { id: "asc" },
  });
}

/** Unit codes some registration holds (of any status: the code is unique). */
export async function heldUnitCodes(db: OfficerDb): Promise<Set<string>> {
  const rows = await db.officer.findMany({ where: { unitCode: { not: null } }, select: { unitCode: true } });
  return new Set(rows.map((r) => r.unitCode!));
}

/** A unit of the official list, as a registration records it. */
export interface ListedUnit {
  code: string;
  name: string;
  /** The registration's unit kind (xa, phuong, dac_khu). */
  unitKind: string;
  province: string;
}

/** Gives a registration the unit's code, name and kind unless a registration holds the code already. */
export async function assignUnitCodeIfFree(db: Store, officerId: number, unit: Omit<ListedUnit, "province">): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (await tx.officer.findFirst({ where: { unitCode: unit.code } })) return false;
    await tx.officer.update({ where: { id: officerId }, data: { unitCode: unit.code, unitName: unit.name, unitKind: unit.unitKind } });
    return true;
  });
}

export type UnitCodeChange = { kind: "fixed"; officer: Officer } | { kind: "gone" } | { kind: "wrongProvince" } | { kind: "taken"; holderId: number };

/**
 * An admin sets the unit of an active commune registration (one of `communeKinds`): refused when
 * the unit is in another province or another registration holds its code. One transaction.
 */
export async function setRegistrationUnit(db: Store, officerId: number, unit: ListedUnit, communeKinds: readonly string[]): Promise<UnitCodeChange> {
  return db.$transaction(async (tx): Promise<UnitCodeChange> => {
    const o = await tx.officer.findFirst({ where: { id: officerId, status: ACTIVE, unitKind: { in: [...communeKinds] } } });
    if (!o) return { kind: "gone" };
    if (unit.province !== o.province) return { kind: "wrongProvince" };
    const holder = await tx.officer.findFirst({ where: { unitCode: unit.code, id: { not: officerId } } });
    if (holder) return { kind: "taken", holderId: holder.id };
    const officer = await tx.officer.update({
      where: { id: officerId },
      data: { unitCode: unit.code, unitName: unit.name, unitKind: unit.unitKind },
    });
    return { kind: "fixed", officer };
  });
}

export async function activeOfficersOfProvince(db: OfficerDb, province: string): Promise<Officer[]> {
  return db.officer.findMany({ where: { province, status: ACTIVE }, orderBy: { id: "asc" } });
}

/**
 * An admin removes a registration: real deletion (the ministry keeps no personal data of a removed
 * officer), audited with ids only, in one transaction. Returns the removed row, or null.
 */
export async function removeRegistration(db: Store, id: number, by: { actor: string; at: Date }): Promise<Officer | null> {
  return db.$transaction(async (tx) => {
    const o = await tx.officer.findFirst({ where: { id, status: ACTIVE } });
    if (!o) return null;
    await tx.officer.delete({ where: { id } });
    await auditAdminChange(tx, "registration.remove", o, by);
    return o;
  });
}

/**
 * /xoadulieu: deletes the person's registrations (audited without personal data) and erases every
 * other trace of them, in one transaction. Returns how many rows were deleted or anonymised.
 */
export async function eraseOwnRegistrations(db: Store, owner: Owner, at: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const mine = await tx.officer.findMany({ where: { channel: owner.channel, externalUserId: owner.userId } });
    for (const o of mine) {
      await tx.officer.delete({ where: { id: o.id } });
      await recordAudit(tx, {
        actor: "self",
        action: "registration.self_delete",
        target: `officer:${o.id}`,
        details: { province: o.province, unitKind: o.unitKind },
        at,
      });
    }
    // Everything else that names the person: forms, display name, questions, tickets, outbox.
    return mine.length + (await erasePersonTraces(tx, owner, at));
  });
}
