-- Ticket topics opened at most once across instances and crashes; the registration quota held by
-- a row lock per unit (issue 12).
ALTER TABLE "Ticket" ADD COLUMN "topicClaimedAt" DATETIME;

CREATE TABLE "QuotaLock" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "lockedAt" DATETIME NOT NULL
);
