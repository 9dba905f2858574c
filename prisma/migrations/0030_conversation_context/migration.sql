-- CreateTable
CREATE TABLE "ConversationContext" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "intent" TEXT NOT NULL DEFAULT 'question',
    "source" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ConversationContext_expiresAt_idx" ON "ConversationContext"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationContext_channel_chatId_userId_key" ON "ConversationContext"("channel", "chatId", "userId");

