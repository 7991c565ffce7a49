-- CreateEnum
CREATE TYPE "MemberImportStatus" AS ENUM ('PARSING', 'PREVIEW', 'WRITING', 'DONE', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "MemberImport" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "MemberImportStatus" NOT NULL DEFAULT 'PARSING',
    "phase" TEXT NOT NULL DEFAULT 'parse',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "headers" JSONB,
    "counts" JSONB,
    "error" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberImportRow" (
    "importId" TEXT NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "cells" JSONB NOT NULL,
    "data" JSONB,
    "matchId" TEXT,
    "candidates" JSONB,
    "errors" TEXT[],
    "choice" TEXT,

    CONSTRAINT "MemberImportRow_pkey" PRIMARY KEY ("importId","rowNo")
);

-- CreateIndex
CREATE INDEX "MemberImport_unitId_createdAt_idx" ON "MemberImport"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "MemberImportRow_importId_outcome_idx" ON "MemberImportRow"("importId", "outcome");

-- AddForeignKey
ALTER TABLE "MemberImportRow" ADD CONSTRAINT "MemberImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemberImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
