-- Web console sign-in links and sessions, stored as hashes (issue 14).
CREATE TABLE "ConsoleToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "usedAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE UNIQUE INDEX "ConsoleToken_tokenHash_key" ON "ConsoleToken"("tokenHash");
CREATE INDEX "ConsoleToken_actor_idx" ON "ConsoleToken"("actor");
CREATE INDEX "ConsoleToken_expiresAt_idx" ON "ConsoleToken"("expiresAt");
