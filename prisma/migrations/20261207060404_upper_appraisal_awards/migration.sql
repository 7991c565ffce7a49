-- CreateEnum
CREATE TYPE "UpperAppraisalState" AS ENUM ('DRAFT', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "UpperAwardVerdict" AS ENUM ('AWARD', 'NO_AWARD');

-- CreateEnum
CREATE TYPE "UpperAwardDecisionKind" AS ENUM ('AWARD', 'CORRECTION');

-- AlterTable
ALTER TABLE "TitleAward" ADD COLUMN     "upperConferrer" TEXT,
ADD COLUMN     "upperDecisionNo" TEXT,
ADD COLUMN     "upperDecisionOn" DATE,
ADD COLUMN     "upperLineId" TEXT,
ADD COLUMN     "upperReason" TEXT,
ADD COLUMN     "upperRevokedNo" TEXT,
ADD COLUMN     "upperVerdict" "UpperAwardVerdict";

-- CreateTable
CREATE TABLE "UpperAppraisal" (
    "id" TEXT NOT NULL,
    "upperUnitId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "submissionId" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "level" TEXT,
    "note" TEXT,
    "state" "UpperAppraisalState" NOT NULL DEFAULT 'DRAFT',
    "concludedAt" TIMESTAMP(3),
    "concludedById" TEXT,
    "reopenReason" TEXT,
    "savedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UpperAppraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpperAwardDecision" (
    "id" TEXT NOT NULL,
    "upperUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "UpperAwardDecisionKind" NOT NULL DEFAULT 'AWARD',
    "number" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "reason" TEXT,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UpperAwardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UpperAwardLine" (
    "id" TEXT NOT NULL,
    "upperUnitId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "submissionId" TEXT NOT NULL,
    "proposalRef" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "memberId" TEXT,
    "groupId" TEXT,
    "displayName" TEXT NOT NULL,
    "position" TEXT,
    "form" TEXT NOT NULL,
    "summary" TEXT,
    "verdict" "UpperAwardVerdict" NOT NULL,
    "reason" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "decisionId" TEXT,
    "revokedByDecisionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UpperAwardLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UpperAppraisal_upperUnitId_year_idx" ON "UpperAppraisal"("upperUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "UpperAppraisal_unitId_year_key" ON "UpperAppraisal"("unitId", "year");

-- CreateIndex
CREATE INDEX "UpperAwardDecision_upperUnitId_year_idx" ON "UpperAwardDecision"("upperUnitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "UpperAwardDecision_upperUnitId_number_key" ON "UpperAwardDecision"("upperUnitId", "number");

-- CreateIndex
CREATE INDEX "UpperAwardLine_upperUnitId_year_idx" ON "UpperAwardLine"("upperUnitId", "year");

-- CreateIndex
CREATE INDEX "UpperAwardLine_decisionId_idx" ON "UpperAwardLine"("decisionId");

-- CreateIndex
CREATE INDEX "UpperAwardLine_revokedByDecisionId_idx" ON "UpperAwardLine"("revokedByDecisionId");

-- CreateIndex
CREATE UNIQUE INDEX "UpperAwardLine_submissionId_proposalRef_key" ON "UpperAwardLine"("submissionId", "proposalRef");

-- CreateIndex
CREATE UNIQUE INDEX "TitleAward_upperLineId_key" ON "TitleAward"("upperLineId");

-- AddForeignKey
ALTER TABLE "TitleAward" ADD CONSTRAINT "TitleAward_upperLineId_fkey" FOREIGN KEY ("upperLineId") REFERENCES "UpperAwardLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpperAwardLine" ADD CONSTRAINT "UpperAwardLine_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "UpperAwardDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpperAwardLine" ADD CONSTRAINT "UpperAwardLine_revokedByDecisionId_fkey" FOREIGN KEY ("revokedByDecisionId") REFERENCES "UpperAwardDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
