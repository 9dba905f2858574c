-- Written by npm run db:migration from prisma/schema.prisma. Data statements may be added by hand,
-- in BOTH dialects' files.
-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "Outbox" ADD COLUMN "leasedBy" TEXT;

-- CreateTable
CREATE TABLE "Job" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT,
    "leaseUntil" DATETIME,
    "lastStartedAt" DATETIME,
    "lastFinishedAt" DATETIME,
    "lastError" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SharedValue" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" BIGINT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Outbox_status_leaseUntil_idx" ON "Outbox"("status", "leaseUntil");

