-- CreateEnum
CREATE TYPE "WelfareCategoryKind" AS ENUM ('PAYMENT', 'GIFT', 'NOMINATION');

-- CreateEnum
CREATE TYPE "WelfareFund" AS ENUM ('UNION_FUND', 'EMPLOYER', 'SOCIALIZED');

-- CreateEnum
CREATE TYPE "WelfareVisitState" AS ENUM ('PROPOSED', 'APPROVED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "WelfareNominationState" AS ENUM ('PROPOSED', 'SENT_UP', 'ACCEPTED', 'REJECTED', 'BUILDING', 'HANDED_OVER');

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "WelfareCategory" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "WelfareCategoryKind" NOT NULL DEFAULT 'PAYMENT',
    "relativeApplies" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareRateVersion" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "adoptedOn" DATE NOT NULL,
    "reference" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareRateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareRateLine" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "defaultAmount" INTEGER NOT NULL,
    "maxPerTime" INTEGER,
    "maxTimesPerYear" INTEGER,
    "maxAmountPerYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareRateLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareBudget" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "categoryId" TEXT NOT NULL,
    "fund" "WelfareFund" NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareVisit" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "relativeName" TEXT,
    "relationship" TEXT,
    "eventOn" DATE NOT NULL,
    "visitedOn" DATE,
    "amount" INTEGER NOT NULL,
    "giftInKind" TEXT,
    "fund" "WelfareFund" NOT NULL DEFAULT 'UNION_FUND',
    "receiptNumber" TEXT,
    "note" TEXT,
    "state" "WelfareVisitState" NOT NULL DEFAULT 'PROPOSED',
    "overrideReason" TEXT,
    "overrideDecisionRef" TEXT,
    "cancelReason" TEXT,
    "proposedById" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "doneById" TEXT,
    "doneAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelfareVisitor" (
    "visitId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "WelfareVisitor_pkey" PRIMARY KEY ("visitId","memberId")
);

-- CreateTable
CREATE TABLE "WelfareNomination" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "proposedOn" DATE NOT NULL,
    "situation" TEXT NOT NULL,
    "state" "WelfareNominationState" NOT NULL DEFAULT 'PROPOSED',
    "decisionRef" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WelfareNomination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WelfareCategory_unitId_idx" ON "WelfareCategory"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareCategory_unitId_name_key" ON "WelfareCategory"("unitId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareRateVersion_unitId_effectiveFrom_key" ON "WelfareRateVersion"("unitId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "WelfareRateLine_categoryId_idx" ON "WelfareRateLine"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareRateLine_versionId_categoryId_key" ON "WelfareRateLine"("versionId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "WelfareBudget_unitId_year_categoryId_fund_key" ON "WelfareBudget"("unitId", "year", "categoryId", "fund");

-- CreateIndex
CREATE INDEX "WelfareVisit_unitId_eventOn_idx" ON "WelfareVisit"("unitId", "eventOn");

-- CreateIndex
CREATE INDEX "WelfareVisit_memberId_eventOn_idx" ON "WelfareVisit"("memberId", "eventOn");

-- CreateIndex
CREATE INDEX "WelfareVisit_categoryId_eventOn_idx" ON "WelfareVisit"("categoryId", "eventOn");

-- CreateIndex
CREATE INDEX "WelfareVisitor_memberId_idx" ON "WelfareVisitor"("memberId");

-- CreateIndex
CREATE INDEX "WelfareNomination_unitId_proposedOn_idx" ON "WelfareNomination"("unitId", "proposedOn");

-- CreateIndex
CREATE INDEX "WelfareNomination_memberId_idx" ON "WelfareNomination"("memberId");

-- AddForeignKey
ALTER TABLE "WelfareCategory" ADD CONSTRAINT "WelfareCategory_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareRateVersion" ADD CONSTRAINT "WelfareRateVersion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareRateLine" ADD CONSTRAINT "WelfareRateLine_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "WelfareRateVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareRateLine" ADD CONSTRAINT "WelfareRateLine_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "WelfareCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareBudget" ADD CONSTRAINT "WelfareBudget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareBudget" ADD CONSTRAINT "WelfareBudget_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "WelfareCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVisit" ADD CONSTRAINT "WelfareVisit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVisit" ADD CONSTRAINT "WelfareVisit_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVisit" ADD CONSTRAINT "WelfareVisit_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "WelfareCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVisitor" ADD CONSTRAINT "WelfareVisitor_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "WelfareVisit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareVisitor" ADD CONSTRAINT "WelfareVisitor_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareNomination" ADD CONSTRAINT "WelfareNomination_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareNomination" ADD CONSTRAINT "WelfareNomination_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelfareNomination" ADD CONSTRAINT "WelfareNomination_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "WelfareCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
