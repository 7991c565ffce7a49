-- CreateEnum
CREATE TYPE "RatingYearStatus" AS ENUM ('OPEN', 'FINALISED');

-- CreateEnum
CREATE TYPE "QuotaMode" AS ENUM ('OFF', 'WARN', 'BLOCK');

-- CreateEnum
CREATE TYPE "GroupReviewState" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "TitleAwardResult" AS ENUM ('ACHIEVED', 'NOT_ACHIEVED', 'PROPOSED_HIGHER');

-- CreateEnum
CREATE TYPE "CollectiveScope" AS ENUM ('GROUP', 'UNIT');

-- AlterEnum
ALTER TYPE "MeetingType" ADD VALUE 'GROUP_REVIEW';

-- CreateTable
CREATE TABLE "RatingYear" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "emulationYearId" TEXT NOT NULL,
    "status" "RatingYearStatus" NOT NULL DEFAULT 'OPEN',
    "quotaMode" "QuotaMode" NOT NULL DEFAULT 'WARN',
    "quotaPercent" INTEGER NOT NULL DEFAULT 20,
    "quotaBasisPosition" INTEGER NOT NULL DEFAULT 1,
    "minMonthsInUnit" INTEGER NOT NULL DEFAULT 10,
    "excludeLongLeave" BOOLEAN NOT NULL DEFAULT true,
    "excludeDisciplined" BOOLEAN NOT NULL DEFAULT true,
    "requireRegistration" BOOLEAN NOT NULL DEFAULT true,
    "publishList" BOOLEAN NOT NULL DEFAULT false,
    "decisionMeetingId" TEXT,
    "decisionRef" TEXT,
    "decidedOn" DATE,
    "finalisedAt" TIMESTAMP(3),
    "finalisedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "reopenedAt" TIMESTAMP(3),
    "reopenedById" TEXT,
    "reopenReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupReview" (
    "id" TEXT NOT NULL,
    "ratingYearId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "meetingId" TEXT,
    "state" "GroupReviewState" NOT NULL DEFAULT 'DRAFT',
    "presentCount" INTEGER,
    "remarks" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberRating" (
    "id" TEXT NOT NULL,
    "ratingYearId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "proposedLevel" TEXT,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "groupOpinion" TEXT,
    "longLeaveNote" TEXT,
    "disciplineNote" TEXT,
    "excludedReason" TEXT,
    "finalLevel" TEXT,
    "exceptionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "finalisedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TitleAward" (
    "id" TEXT NOT NULL,
    "ratingYearId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "result" "TitleAwardResult" NOT NULL,
    "reason" TEXT,
    "commendationId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TitleAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingCriterion" (
    "id" TEXT NOT NULL,
    "ratingYearId" TEXT NOT NULL,
    "scope" "CollectiveScope" NOT NULL,
    "position" INTEGER NOT NULL,
    "groupName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectiveRating" (
    "id" TEXT NOT NULL,
    "ratingYearId" TEXT NOT NULL,
    "scope" "CollectiveScope" NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "groupId" TEXT,
    "selfTotal" INTEGER NOT NULL DEFAULT 0,
    "selfLevel" TEXT,
    "selfSubmittedAt" TIMESTAMP(3),
    "finalLevel" TEXT,
    "reviewedTotal" INTEGER,
    "reviewRef" TEXT,
    "reviewedOn" DATE,
    "note" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollectiveRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectiveScore" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "selfPoints" INTEGER NOT NULL,
    "reviewedPoints" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollectiveScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingYear_emulationYearId_key" ON "RatingYear"("emulationYearId");

-- CreateIndex
CREATE INDEX "RatingYear_decisionMeetingId_idx" ON "RatingYear"("decisionMeetingId");

-- CreateIndex
CREATE UNIQUE INDEX "RatingYear_unitId_year_key" ON "RatingYear"("unitId", "year");

-- CreateIndex
CREATE INDEX "GroupReview_groupId_idx" ON "GroupReview"("groupId");

-- CreateIndex
CREATE INDEX "GroupReview_meetingId_idx" ON "GroupReview"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupReview_ratingYearId_groupId_key" ON "GroupReview"("ratingYearId", "groupId");

-- CreateIndex
CREATE INDEX "MemberRating_ratingYearId_groupId_idx" ON "MemberRating"("ratingYearId", "groupId");

-- CreateIndex
CREATE INDEX "MemberRating_ratingYearId_finalLevel_idx" ON "MemberRating"("ratingYearId", "finalLevel");

-- CreateIndex
CREATE INDEX "MemberRating_memberId_idx" ON "MemberRating"("memberId");

-- CreateIndex
CREATE INDEX "MemberRating_groupId_idx" ON "MemberRating"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberRating_ratingYearId_memberId_key" ON "MemberRating"("ratingYearId", "memberId");

-- CreateIndex
CREATE INDEX "TitleAward_ratingYearId_idx" ON "TitleAward"("ratingYearId");

-- CreateIndex
CREATE INDEX "TitleAward_titleId_idx" ON "TitleAward"("titleId");

-- CreateIndex
CREATE INDEX "TitleAward_commendationId_idx" ON "TitleAward"("commendationId");

-- CreateIndex
CREATE UNIQUE INDEX "TitleAward_registrationId_titleId_key" ON "TitleAward"("registrationId", "titleId");

-- CreateIndex
CREATE INDEX "RatingCriterion_ratingYearId_scope_position_idx" ON "RatingCriterion"("ratingYearId", "scope", "position");

-- CreateIndex
CREATE INDEX "CollectiveRating_groupId_idx" ON "CollectiveRating"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectiveRating_ratingYearId_subjectKey_key" ON "CollectiveRating"("ratingYearId", "subjectKey");

-- CreateIndex
CREATE INDEX "CollectiveScore_criterionId_idx" ON "CollectiveScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectiveScore_ratingId_criterionId_key" ON "CollectiveScore"("ratingId", "criterionId");

-- AddForeignKey
ALTER TABLE "RatingYear" ADD CONSTRAINT "RatingYear_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingYear" ADD CONSTRAINT "RatingYear_emulationYearId_fkey" FOREIGN KEY ("emulationYearId") REFERENCES "EmulationYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingYear" ADD CONSTRAINT "RatingYear_decisionMeetingId_fkey" FOREIGN KEY ("decisionMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReview" ADD CONSTRAINT "GroupReview_ratingYearId_fkey" FOREIGN KEY ("ratingYearId") REFERENCES "RatingYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReview" ADD CONSTRAINT "GroupReview_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupReview" ADD CONSTRAINT "GroupReview_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRating" ADD CONSTRAINT "MemberRating_ratingYearId_fkey" FOREIGN KEY ("ratingYearId") REFERENCES "RatingYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRating" ADD CONSTRAINT "MemberRating_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRating" ADD CONSTRAINT "MemberRating_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TitleAward" ADD CONSTRAINT "TitleAward_ratingYearId_fkey" FOREIGN KEY ("ratingYearId") REFERENCES "RatingYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TitleAward" ADD CONSTRAINT "TitleAward_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EmulationRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TitleAward" ADD CONSTRAINT "TitleAward_titleId_fkey" FOREIGN KEY ("titleId") REFERENCES "EmulationTitle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TitleAward" ADD CONSTRAINT "TitleAward_commendationId_fkey" FOREIGN KEY ("commendationId") REFERENCES "EmulationCommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCriterion" ADD CONSTRAINT "RatingCriterion_ratingYearId_fkey" FOREIGN KEY ("ratingYearId") REFERENCES "RatingYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectiveRating" ADD CONSTRAINT "CollectiveRating_ratingYearId_fkey" FOREIGN KEY ("ratingYearId") REFERENCES "RatingYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectiveRating" ADD CONSTRAINT "CollectiveRating_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectiveScore" ADD CONSTRAINT "CollectiveScore_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "CollectiveRating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectiveScore" ADD CONSTRAINT "CollectiveScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RatingCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
