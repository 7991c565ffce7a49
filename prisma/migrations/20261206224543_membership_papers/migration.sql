-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'DECIDED', 'ADMITTED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CardRequestKind" AS ENUM ('NEW', 'REPLACE', 'LOST');

-- CreateEnum
CREATE TYPE "CardRequestStatus" AS ENUM ('REQUESTED', 'SENT', 'RECEIVED', 'CANCELLED');

-- CreateTable
CREATE TABLE "MembershipApplication" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "dateOfBirth" DATE,
    "phone" TEXT,
    "email" TEXT,
    "jobTitle" TEXT,
    "department" TEXT,
    "groupId" TEXT NOT NULL,
    "appliedOn" DATE NOT NULL,
    "introducedBy" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decidedOn" DATE,
    "decisionRef" TEXT,
    "refusalReason" TEXT,
    "withdrawnOn" DATE,
    "withdrawReason" TEXT,
    "admissionId" TEXT,
    "memberId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MembershipApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdmissionDecision" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "ceremonyOn" DATE,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdmissionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardRequest" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" "CardRequestKind" NOT NULL,
    "requestedOn" DATE NOT NULL,
    "reason" TEXT,
    "status" "CardRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "sentOn" DATE,
    "receivedOn" DATE,
    "cardNumber" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CardRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_memberId_key" ON "MembershipApplication"("memberId");

-- CreateIndex
CREATE INDEX "MembershipApplication_unitId_status_idx" ON "MembershipApplication"("unitId", "status");

-- CreateIndex
CREATE INDEX "MembershipApplication_admissionId_idx" ON "MembershipApplication"("admissionId");

-- CreateIndex
CREATE INDEX "AdmissionDecision_unitId_decidedOn_idx" ON "AdmissionDecision"("unitId", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "AdmissionDecision_unitId_number_key" ON "AdmissionDecision"("unitId", "number");

-- CreateIndex
CREATE INDEX "CardRequest_unitId_requestedOn_idx" ON "CardRequest"("unitId", "requestedOn");

-- CreateIndex
CREATE INDEX "CardRequest_memberId_idx" ON "CardRequest"("memberId");

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_admissionId_fkey" FOREIGN KEY ("admissionId") REFERENCES "AdmissionDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardRequest" ADD CONSTRAINT "CardRequest_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
