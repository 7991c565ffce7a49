-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('SELF_RATING', 'AWARDS_FILE', 'ANNUAL_REPORT', 'STATISTICS', 'DUES_SHARE');

-- CreateEnum
CREATE TYPE "SubmissionState" AS ENUM ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'SUPERSEDED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'SUBMISSION_RETURNED';
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMISSION_ACCEPTED';

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "state" "SubmissionState" NOT NULL DEFAULT 'SUBMITTED',
    "doc" JSONB NOT NULL,
    "payload" JSONB NOT NULL,
    "comment" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Submission_year_kind_state_idx" ON "Submission"("year", "kind", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_unitId_year_kind_version_key" ON "Submission"("unitId", "year", "kind", "version");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
