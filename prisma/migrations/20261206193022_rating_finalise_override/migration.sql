-- AlterTable
ALTER TABLE "RatingYear" ADD COLUMN     "finaliseOverrideItems" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "finaliseOverrideReason" TEXT;
