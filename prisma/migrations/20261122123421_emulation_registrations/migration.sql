-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('BCH_REGULAR', 'BCH_EXTRAORDINARY', 'GROUP', 'CONFERENCE_STAFF', 'CONFERENCE_REVIEW', 'CONFERENCE_EMULATION', 'CONGRESS', 'ADMISSION');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'MINUTES_DRAFT', 'MINUTES_SIGNED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "OpinionStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED');

-- CreateEnum
CREATE TYPE "EmulationEligibility" AS ENUM ('ANY', 'FEMALE_ONLY');

-- CreateEnum
CREATE TYPE "EmulationTitleScope" AS ENUM ('INDIVIDUAL', 'COLLECTIVE');

-- CreateEnum
CREATE TYPE "EmulationYearStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "EmulationRegistrationState" AS ENUM ('DRAFT', 'SUBMITTED', 'FORWARDED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "EmulationAssessmentState" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "EmulationCommitmentKind" AS ENUM ('STUDY', 'TRAINING', 'TASK');

-- CreateEnum
CREATE TYPE "EmulationCommitmentResult" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "groupId" TEXT,
    "type" "MeetingType" NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "place" TEXT NOT NULL,
    "chairMemberId" TEXT,
    "secretaryMemberId" TEXT,
    "preparatoryMeetingId" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "signedAt" TIMESTAMP(3),
    "signedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvitee" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "attendance" "Attendance",
    "absenceReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingInvitee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "discussion" TEXT,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesOther" INTEGER,
    "conclusion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "assigneeMemberId" TEXT,
    "dueOn" DATE,
    "isDone" BOOLEAN NOT NULL DEFAULT false,
    "doneOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opinion" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "meetingId" TEXT,
    "authorMemberId" TEXT,
    "senderMemberId" TEXT,
    "isAnonymous" BOOLEAN NOT NULL DEFAULT false,
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "OpinionStatus" NOT NULL DEFAULT 'NEW',
    "answer" TEXT,
    "answeredByUserId" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationMovement" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "eligibility" "EmulationEligibility" NOT NULL DEFAULT 'ANY',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationTitle" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "EmulationTitleScope" NOT NULL,
    "level" TEXT NOT NULL,
    "eligibility" "EmulationEligibility" NOT NULL DEFAULT 'ANY',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationCommendation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationCommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationYear" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "registrationDeadline" DATE NOT NULL,
    "assessmentOpensOn" DATE NOT NULL,
    "assessmentClosesOn" DATE NOT NULL,
    "status" "EmulationYearStatus" NOT NULL DEFAULT 'OPEN',
    "openedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationYearMovement" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "movementId" TEXT NOT NULL,
    "launchedOn" DATE,
    "goal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationYearMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationCriterion" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "groupName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationLevel" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "minPoints" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationRegistration" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "memberId" TEXT,
    "groupId" TEXT,
    "state" "EmulationRegistrationState" NOT NULL DEFAULT 'DRAFT',
    "titleIds" TEXT[],
    "movementIds" TEXT[],
    "firstSubmittedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "forwardedAt" TIMESTAMP(3),
    "forwardedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "returnReason" TEXT,
    "lateAllowedAt" TIMESTAMP(3),
    "lateAllowedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationCommitment" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "EmulationCommitmentKind" NOT NULL,
    "content" TEXT NOT NULL,
    "target" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationSelfAssessment" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "state" "EmulationAssessmentState" NOT NULL DEFAULT 'DRAFT',
    "comment" TEXT,
    "totalPoints" INTEGER NOT NULL DEFAULT 0,
    "proposedLevel" TEXT,
    "submittedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "returnedById" TEXT,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationSelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationScore" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "selfPoints" INTEGER NOT NULL,
    "groupPoints" INTEGER,
    "explanation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationCommitmentOutcome" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "result" "EmulationCommitmentResult" NOT NULL,
    "evidence" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationCommitmentOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_unitId_year_type_idx" ON "Meeting"("unitId", "year", "type");

-- CreateIndex
CREATE INDEX "Meeting_unitId_startsAt_idx" ON "Meeting"("unitId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_groupId_idx" ON "Meeting"("groupId");

-- CreateIndex
CREATE INDEX "Meeting_chairMemberId_idx" ON "Meeting"("chairMemberId");

-- CreateIndex
CREATE INDEX "Meeting_secretaryMemberId_idx" ON "Meeting"("secretaryMemberId");

-- CreateIndex
CREATE INDEX "Meeting_preparatoryMeetingId_idx" ON "Meeting"("preparatoryMeetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_unitId_year_number_key" ON "Meeting"("unitId", "year", "number");

-- CreateIndex
CREATE INDEX "MeetingInvitee_memberId_idx" ON "MeetingInvitee"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitee_meetingId_memberId_key" ON "MeetingInvitee"("meetingId", "memberId");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingDecision_meetingId_idx" ON "MeetingDecision"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecision_assigneeMemberId_idx" ON "MeetingDecision"("assigneeMemberId");

-- CreateIndex
CREATE INDEX "MeetingDecision_isDone_dueOn_idx" ON "MeetingDecision"("isDone", "dueOn");

-- CreateIndex
CREATE INDEX "Opinion_unitId_status_createdAt_idx" ON "Opinion"("unitId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Opinion_meetingId_idx" ON "Opinion"("meetingId");

-- CreateIndex
CREATE INDEX "Opinion_authorMemberId_idx" ON "Opinion"("authorMemberId");

-- CreateIndex
CREATE INDEX "Opinion_senderMemberId_idx" ON "Opinion"("senderMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationMovement_unitId_name_key" ON "EmulationMovement"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationTitle_unitId_name_key" ON "EmulationTitle"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationCommendation_unitId_name_key" ON "EmulationCommendation"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationYear_unitId_year_key" ON "EmulationYear"("unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationYearMovement_yearId_movementId_key" ON "EmulationYearMovement"("yearId", "movementId");

-- CreateIndex
CREATE INDEX "EmulationCriterion_yearId_position_idx" ON "EmulationCriterion"("yearId", "position");

-- CreateIndex
CREATE INDEX "EmulationLevel_yearId_position_idx" ON "EmulationLevel"("yearId", "position");

-- CreateIndex
CREATE INDEX "EmulationRegistration_yearId_state_idx" ON "EmulationRegistration"("yearId", "state");

-- CreateIndex
CREATE INDEX "EmulationRegistration_memberId_idx" ON "EmulationRegistration"("memberId");

-- CreateIndex
CREATE INDEX "EmulationRegistration_groupId_idx" ON "EmulationRegistration"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationRegistration_yearId_subjectKey_key" ON "EmulationRegistration"("yearId", "subjectKey");

-- CreateIndex
CREATE INDEX "EmulationCommitment_registrationId_idx" ON "EmulationCommitment"("registrationId");

-- CreateIndex
CREATE INDEX "EmulationSelfAssessment_memberId_idx" ON "EmulationSelfAssessment"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationSelfAssessment_yearId_memberId_key" ON "EmulationSelfAssessment"("yearId", "memberId");

-- CreateIndex
CREATE INDEX "EmulationScore_criterionId_idx" ON "EmulationScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationScore_assessmentId_criterionId_key" ON "EmulationScore"("assessmentId", "criterionId");

-- CreateIndex
CREATE INDEX "EmulationCommitmentOutcome_commitmentId_idx" ON "EmulationCommitmentOutcome"("commitmentId");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationCommitmentOutcome_assessmentId_commitmentId_key" ON "EmulationCommitmentOutcome"("assessmentId", "commitmentId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairMemberId_fkey" FOREIGN KEY ("chairMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_secretaryMemberId_fkey" FOREIGN KEY ("secretaryMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_preparatoryMeetingId_fkey" FOREIGN KEY ("preparatoryMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitee" ADD CONSTRAINT "MeetingInvitee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitee" ADD CONSTRAINT "MeetingInvitee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_assigneeMemberId_fkey" FOREIGN KEY ("assigneeMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_authorMemberId_fkey" FOREIGN KEY ("authorMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_senderMemberId_fkey" FOREIGN KEY ("senderMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_answeredByUserId_fkey" FOREIGN KEY ("answeredByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationMovement" ADD CONSTRAINT "EmulationMovement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationTitle" ADD CONSTRAINT "EmulationTitle_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationCommendation" ADD CONSTRAINT "EmulationCommendation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationYear" ADD CONSTRAINT "EmulationYear_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationYearMovement" ADD CONSTRAINT "EmulationYearMovement_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EmulationYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationYearMovement" ADD CONSTRAINT "EmulationYearMovement_movementId_fkey" FOREIGN KEY ("movementId") REFERENCES "EmulationMovement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationCriterion" ADD CONSTRAINT "EmulationCriterion_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EmulationYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationLevel" ADD CONSTRAINT "EmulationLevel_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EmulationYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationRegistration" ADD CONSTRAINT "EmulationRegistration_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EmulationYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationRegistration" ADD CONSTRAINT "EmulationRegistration_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationRegistration" ADD CONSTRAINT "EmulationRegistration_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationCommitment" ADD CONSTRAINT "EmulationCommitment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EmulationRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationSelfAssessment" ADD CONSTRAINT "EmulationSelfAssessment_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EmulationYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationSelfAssessment" ADD CONSTRAINT "EmulationSelfAssessment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationScore" ADD CONSTRAINT "EmulationScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "EmulationSelfAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationScore" ADD CONSTRAINT "EmulationScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "EmulationCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationCommitmentOutcome" ADD CONSTRAINT "EmulationCommitmentOutcome_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "EmulationSelfAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationCommitmentOutcome" ADD CONSTRAINT "EmulationCommitmentOutcome_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "EmulationCommitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
