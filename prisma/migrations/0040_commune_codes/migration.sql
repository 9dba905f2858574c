-- AlterTable
ALTER TABLE "Officer" ADD COLUMN "unitCode" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Officer_unitCode_key" ON "Officer"("unitCode");

