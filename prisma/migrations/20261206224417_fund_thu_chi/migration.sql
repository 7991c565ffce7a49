-- CreateEnum
CREATE TYPE "FundDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "FundAccount" AS ENUM ('CASH', 'BANK');

-- AlterEnum
ALTER TYPE "PositionRole" ADD VALUE 'TREASURER';

-- CreateTable
CREATE TABLE "FundCategory" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "direction" "FundDirection" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundEntry" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "direction" "FundDirection" NOT NULL,
    "account" "FundAccount" NOT NULL,
    "categoryId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "voucherYear" INTEGER NOT NULL,
    "voucherNo" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourceKind" TEXT,
    "sourceId" TEXT,
    "welfareFund" "WelfareFund",
    "reversesId" TEXT,
    "reversalReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundBudget" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "categoryId" TEXT NOT NULL,
    "lineKey" TEXT NOT NULL DEFAULT '',
    "welfareCategoryId" TEXT,
    "welfareFund" "WelfareFund",
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundReconciliation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "account" "FundAccount" NOT NULL,
    "date" DATE NOT NULL,
    "bookBalance" INTEGER NOT NULL,
    "actualBalance" INTEGER NOT NULL,
    "difference" INTEGER NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundReconciliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundInspectionNote" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundInspectionNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FundCategory_unitId_code_key" ON "FundCategory"("unitId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "FundEntry_reversesId_key" ON "FundEntry"("reversesId");

-- CreateIndex
CREATE INDEX "FundEntry_unitId_date_idx" ON "FundEntry"("unitId", "date");

-- CreateIndex
CREATE INDEX "FundEntry_unitId_account_date_idx" ON "FundEntry"("unitId", "account", "date");

-- CreateIndex
CREATE INDEX "FundEntry_sourceKind_sourceId_idx" ON "FundEntry"("sourceKind", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "FundEntry_unitId_voucherYear_direction_voucherNo_key" ON "FundEntry"("unitId", "voucherYear", "direction", "voucherNo");

-- CreateIndex
CREATE UNIQUE INDEX "FundBudget_unitId_year_categoryId_lineKey_key" ON "FundBudget"("unitId", "year", "categoryId", "lineKey");

-- CreateIndex
CREATE INDEX "FundReconciliation_unitId_account_date_idx" ON "FundReconciliation"("unitId", "account", "date");

-- CreateIndex
CREATE INDEX "FundInspectionNote_unitId_periodFrom_idx" ON "FundInspectionNote"("unitId", "periodFrom");

-- AddForeignKey
ALTER TABLE "FundCategory" ADD CONSTRAINT "FundCategory_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundEntry" ADD CONSTRAINT "FundEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundEntry" ADD CONSTRAINT "FundEntry_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "FundCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundEntry" ADD CONSTRAINT "FundEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "FundEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundBudget" ADD CONSTRAINT "FundBudget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundBudget" ADD CONSTRAINT "FundBudget_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "FundCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundReconciliation" ADD CONSTRAINT "FundReconciliation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundInspectionNote" ADD CONSTRAINT "FundInspectionNote_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Data: every existing unit gets the default categories of the quy chế chi tiêu nội bộ (editable data;
-- DUES, DUES_REMIT and WELFARE are fixed codes), the welfare dự toán moves to the fund's budget (one
-- source from now on), and every visit already paid becomes its chi entry (decision 0076).
INSERT INTO "FundCategory" ("id", "unitId", "code", "name", "direction", "sortOrder", "updatedAt")
SELECT 'fc' || md5(u."id" || c.code), u."id", c.code, c.name, c.direction::"FundDirection", c.sort, CURRENT_TIMESTAMP
FROM "Unit" u
CROSS JOIN (VALUES
  ('DUES', 'Đoàn phí công đoàn thu được', 'IN', 10),
  ('KPCD', 'Kinh phí công đoàn cấp trên phân phối', 'IN', 20),
  ('UPPER_GRANT', 'Kinh phí cấp trên cấp hỗ trợ hoạt động', 'IN', 25),
  ('AGENCY', 'Chuyên môn hỗ trợ', 'IN', 30),
  ('SOCIALIZED', 'Xã hội hóa', 'IN', 40),
  ('OTHER_IN', 'Thu khác', 'IN', 90),
  ('DUES_REMIT', 'Đoàn phí nộp công đoàn cấp trên', 'OUT', 10),
  ('WELFARE', 'Thăm hỏi, trợ cấp đoàn viên', 'OUT', 20),
  ('ACTIVITIES', 'Tổ chức hoạt động phong trào', 'OUT', 30),
  ('ALLOWANCES', 'Phụ cấp cán bộ công đoàn', 'OUT', 40),
  ('REWARDS', 'Khen thưởng', 'OUT', 50),
  ('ADMIN', 'Chi hành chính', 'OUT', 60),
  ('OTHER_OUT', 'Chi khác', 'OUT', 90)
) AS c(code, name, direction, sort);

INSERT INTO "FundBudget" ("id", "unitId", "year", "categoryId", "lineKey", "welfareCategoryId", "welfareFund", "amount", "updatedAt")
SELECT 'fb' || md5(b."id"), b."unitId", b."year", fc."id", b."categoryId" || ':' || b."fund"::text, b."categoryId", b."fund", b."amount", CURRENT_TIMESTAMP
FROM "WelfareBudget" b
JOIN "FundCategory" fc ON fc."unitId" = b."unitId" AND fc.code = 'WELFARE';

INSERT INTO "FundEntry" ("id", "unitId", "date", "direction", "account", "categoryId", "amount", "voucherYear", "voucherNo",
  "description", "sourceKind", "sourceId", "welfareFund", "createdById")
SELECT 'fe' || md5(v."id"), v."unitId", COALESCE(v."visitedOn", v."eventOn"), 'OUT', 'CASH', fc."id", v."amount",
  EXTRACT(YEAR FROM COALESCE(v."visitedOn", v."eventOn"))::int,
  'PC' || lpad(ROW_NUMBER() OVER (PARTITION BY v."unitId", EXTRACT(YEAR FROM COALESCE(v."visitedOn", v."eventOn"))
    ORDER BY COALESCE(v."visitedOn", v."eventOn"), v."id")::text, 3, '0'),
  'Thăm hỏi: ' || m."fullName", 'welfare_visit', v."id", v."fund", v."doneById"
FROM "WelfareVisit" v
JOIN "Member" m ON m."id" = v."memberId"
JOIN "FundCategory" fc ON fc."unitId" = v."unitId" AND fc.code = 'WELFARE'
WHERE v."state" = 'DONE' AND v."amount" > 0;
