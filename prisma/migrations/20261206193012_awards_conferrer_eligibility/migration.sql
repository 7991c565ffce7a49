-- CreateEnum
CREATE TYPE "EmulationConferrer" AS ENUM ('UNION_UPPER', 'CDCS', 'AGENCY');

-- AlterTable
ALTER TABLE "EmulationTitle" ADD COLUMN     "conferrer" "EmulationConferrer" NOT NULL DEFAULT 'UNION_UPPER',
ADD COLUMN     "minLevelPosition" INTEGER;

-- AlterTable
ALTER TABLE "EmulationCommendation" ADD COLUMN     "conferrer" "EmulationConferrer" NOT NULL DEFAULT 'UNION_UPPER',
ADD COLUMN     "eligibility" "EmulationEligibility" NOT NULL DEFAULT 'ANY',
ADD COLUMN     "minLevelPosition" INTEGER;

-- AlterTable
ALTER TABLE "RatingYear" ADD COLUMN     "cdcsMayCommend" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "disciplineCapPosition" INTEGER DEFAULT 2,
ADD COLUMN     "excludeSanctioned" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "MemberRating" ADD COLUMN     "awardBarReason" TEXT,
ADD COLUMN     "sanctionNote" TEXT;

-- AlterTable
ALTER TABLE "TitleAward" ADD COLUMN     "achievement" TEXT,
ADD COLUMN     "votesCast" INTEGER,
ADD COLUMN     "votesFor" INTEGER;
