-- CreateEnum
CREATE TYPE "InspectionSubject" AS ENUM ('FINANCE', 'WELFARE', 'CHARTER', 'OTHER');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InspectionSeverity" AS ENUM ('OBSERVATION', 'SHORTCOMING', 'VIOLATION');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'ANSWERED', 'ACCEPTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "InspectionPlanItem" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "subject" "InspectionSubject" NOT NULL,
    "content" TEXT NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "plannedMonth" INTEGER NOT NULL,
    "team" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planItemId" TEXT,
    "year" INTEGER NOT NULL,
    "subject" "InspectionSubject" NOT NULL,
    "title" TEXT NOT NULL,
    "inspectedParty" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'PLANNED',
    "startedOn" DATE,
    "concludedOn" DATE,
    "closedOn" DATE,
    "conclusion" TEXT,
    "inspectedRepName" TEXT,
    "inspectedRepTitle" TEXT,
    "withdrawnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionTeamMember" (
    "inspectionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InspectionTeamMember_pkey" PRIMARY KEY ("inspectionId","memberId")
);

-- CreateTable
CREATE TABLE "InspectionFinding" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "severity" "InspectionSeverity" NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionEvidence" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "InspectionEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRecommendation" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "findingId" TEXT,
    "text" TEXT NOT NULL,
    "responsible" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionResponse" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "doneOn" DATE NOT NULL,
    "respondedByName" TEXT NOT NULL,
    "respondedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accepted" BOOLEAN,
    "reviewNote" TEXT,
    "reviewedByName" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "InspectionResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InspectionPlanItem_unitId_year_idx" ON "InspectionPlanItem"("unitId", "year");

-- CreateIndex
CREATE INDEX "Inspection_unitId_year_idx" ON "Inspection"("unitId", "year");

-- CreateIndex
CREATE INDEX "InspectionTeamMember_memberId_idx" ON "InspectionTeamMember"("memberId");

-- CreateIndex
CREATE INDEX "InspectionFinding_inspectionId_idx" ON "InspectionFinding"("inspectionId");

-- CreateIndex
CREATE INDEX "InspectionEvidence_findingId_idx" ON "InspectionEvidence"("findingId");

-- CreateIndex
CREATE INDEX "InspectionRecommendation_inspectionId_idx" ON "InspectionRecommendation"("inspectionId");

-- CreateIndex
CREATE INDEX "InspectionResponse_recommendationId_idx" ON "InspectionResponse"("recommendationId");

-- AddForeignKey
ALTER TABLE "InspectionPlanItem" ADD CONSTRAINT "InspectionPlanItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "InspectionPlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionEvidence" ADD CONSTRAINT "InspectionEvidence_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "InspectionFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecommendation" ADD CONSTRAINT "InspectionRecommendation_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecommendation" ADD CONSTRAINT "InspectionRecommendation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "InspectionFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionResponse" ADD CONSTRAINT "InspectionResponse_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "InspectionRecommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
