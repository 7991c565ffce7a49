-- CreateEnum
CREATE TYPE "ProgrammeItemState" AS ENUM ('PLANNED', 'DONE', 'MOVED', 'DROPPED');

-- CreateTable
CREATE TABLE "ProgrammeItem" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "quarter" INTEGER,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "ownerMemberId" TEXT,
    "state" "ProgrammeItemState" NOT NULL DEFAULT 'PLANNED',
    "stateReason" TEXT,
    "movedFrom" TEXT,
    "linkKind" TEXT,
    "linkId" TEXT,
    "linkLabel" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgrammeItem_unitId_year_idx" ON "ProgrammeItem"("unitId", "year");

-- CreateIndex
CREATE INDEX "ProgrammeItem_ownerMemberId_idx" ON "ProgrammeItem"("ownerMemberId");

-- CreateIndex
CREATE INDEX "ProgrammeItem_linkKind_linkId_idx" ON "ProgrammeItem"("linkKind", "linkId");

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_ownerMemberId_fkey" FOREIGN KEY ("ownerMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
