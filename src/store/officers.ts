// Contact-officer registrations. The quota of a unit (2 per Sở, 1 per commune) is checked and the
// registration written in one transaction that first takes the unit's row in QuotaLock: a second
// registration for the same unit waits for the first to commit (a row lock on PostgreSQL, the one
// writer on SQLite) and then counts the first one's officer. The unique unit code backs communes up.
import { Prisma, type Officer } from "../generated/prisma/client.js";
import { recordAudit } from "./audit.js";
import type { Store } from "./db.js";
import { erasePersonTraces } from "./erase.js";

export const ACTIVE = "active";

export type { Officer };

/** The store or a transaction. */
export type OfficerDb = Pick<Store, "officer">;
export type OfficerRawDb = Pick<Store, "$queryRaw">;

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
  const rows = await db.$queryRaw<Officer[]>`${COLUMNS} WHERE ${where} ORDER BY "id" ASC`;
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
    await recordAudit(tx, {
      actor: by.actor,
      action: "registration.remove",
      target: `officer:${id}`,
      details: { province: o.province, unitKind: o.unitKind },
      at: by.at,
    });
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
