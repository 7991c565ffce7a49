-- AlterTable
ALTER TABLE "CollectiveRating" ADD COLUMN     "reviewNote" TEXT;
