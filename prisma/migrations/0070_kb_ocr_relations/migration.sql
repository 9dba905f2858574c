-- OCR confidence per document, and relations between letters (issue 13).
ALTER TABLE "Document" ADD COLUMN "ocrConfidence" REAL;
ALTER TABLE "Document" ADD COLUMN "ocrPages" INTEGER;

CREATE TABLE "DocumentRelation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromSlug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toNumber" TEXT NOT NULL,
    "toSlug" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX "DocumentRelation_fromSlug_kind_toNumber_key" ON "DocumentRelation"("fromSlug", "kind", "toNumber");
CREATE INDEX "DocumentRelation_fromSlug_idx" ON "DocumentRelation"("fromSlug");
