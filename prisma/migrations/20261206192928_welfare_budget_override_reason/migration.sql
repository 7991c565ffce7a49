-- AlterTable
ALTER TABLE "WelfareVisit" ADD COLUMN     "budgetOverrideReason" TEXT;
