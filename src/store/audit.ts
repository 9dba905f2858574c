// The audit log: who did what in an admin or staff role (ids only, no personal data).
import type { Store } from "./db.js";

export interface AuditEntry {
  /** <channel>:<user id> */
  actor: string;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  at: Date;
}

export async function recordAudit(db: Pick<Store, "auditLog">, e: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actor: e.actor,
      action: e.action,
      ...(e.target !== undefined ? { target: e.target } : {}),
      ...(e.details ? { details: JSON.stringify(e.details) } : {}),
      createdAt: e.at,
    },
  });
}
