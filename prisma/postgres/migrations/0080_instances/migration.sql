-- Written by npm run db:migration from prisma/schema.prisma. Data statements may be added by hand,
-- in BOTH dialects' files.
-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "leasedBy" TEXT;

-- CreateTable
CREATE TABLE "Job" (
    "name" TEXT NOT NULL,
    "owner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "lastStartedAt" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "SharedValue" (
    "key" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SharedValue_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Outbox_status_leaseUntil_idx" ON "Outbox"("status", "leaseUntil");

