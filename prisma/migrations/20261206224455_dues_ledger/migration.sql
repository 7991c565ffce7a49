-- CreateEnum
CREATE TYPE "DuesExemptionReason" AS ENUM ('BHXH_BENEFIT', 'UNPAID_LEAVE');

-- CreateEnum
CREATE TYPE "DuesPaymentMethod" AS ENUM ('GROUP_CASH', 'CASH', 'BANK', 'PAYROLL');

-- CreateTable
CREATE TABLE "MemberSalary" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "bhxhSalary" INTEGER,
    "netSalary" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberSalary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesExemption" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "fromMonth" DATE NOT NULL,
    "toMonth" DATE NOT NULL,
    "reason" "DuesExemptionReason" NOT NULL,
    "note" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuesExemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesPayment" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "method" "DuesPaymentMethod" NOT NULL,
    "paidOn" DATE NOT NULL,
    "groupId" TEXT NOT NULL,
    "importId" TEXT,
    "handoverId" TEXT,
    "reversesId" TEXT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuesPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesImport" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PREVIEW',
    "rowCount" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,
    "paidOn" DATE NOT NULL,
    "committedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuesImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesHandover" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuesHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesRemittance" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "fromMonth" DATE NOT NULL,
    "toMonth" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "account" TEXT NOT NULL,
    "voucherNo" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DuesRemittance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberSalary_memberId_effectiveFrom_key" ON "MemberSalary"("memberId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "DuesExemption_unitId_fromMonth_idx" ON "DuesExemption"("unitId", "fromMonth");

-- CreateIndex
CREATE INDEX "DuesExemption_memberId_idx" ON "DuesExemption"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "DuesPayment_reversesId_key" ON "DuesPayment"("reversesId");

-- CreateIndex
CREATE INDEX "DuesPayment_unitId_month_groupId_idx" ON "DuesPayment"("unitId", "month", "groupId");

-- CreateIndex
CREATE INDEX "DuesPayment_memberId_month_idx" ON "DuesPayment"("memberId", "month");

-- CreateIndex
CREATE INDEX "DuesPayment_importId_idx" ON "DuesPayment"("importId");

-- CreateIndex
CREATE INDEX "DuesImport_unitId_createdAt_idx" ON "DuesImport"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "DuesImport_unitId_fileHash_idx" ON "DuesImport"("unitId", "fileHash");

-- CreateIndex
CREATE INDEX "DuesHandover_unitId_receivedOn_idx" ON "DuesHandover"("unitId", "receivedOn");

-- CreateIndex
CREATE INDEX "DuesRemittance_unitId_fromMonth_idx" ON "DuesRemittance"("unitId", "fromMonth");
