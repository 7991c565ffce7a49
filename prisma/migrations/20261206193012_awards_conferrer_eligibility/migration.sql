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

-- Data: who confers each title and form already in the catalogues, and their minimum level
-- (position in the year's scheme, 0 = Hoàn thành xuất sắc). The state titles stay in history,
-- marked as conferred by the head of the agency; "Lao động giỏi" (a movement, not a title) is archived.
UPDATE "EmulationTitle" SET "conferrer" = 'AGENCY', "minLevelPosition" = 1, "level" = 'Thủ trưởng cơ quan'
  WHERE "name" IN ('Lao động tiên tiến', 'Tập thể lao động tiên tiến');
UPDATE "EmulationTitle" SET "conferrer" = 'AGENCY', "minLevelPosition" = 0, "level" = 'Thủ trưởng cơ quan'
  WHERE "name" = 'Chiến sĩ thi đua cơ sở';
UPDATE "EmulationTitle" SET "conferrer" = 'CDCS', "minLevelPosition" = 0
  WHERE "name" IN ('Đoàn viên công đoàn xuất sắc', 'Tổ công đoàn hoàn thành xuất sắc nhiệm vụ');
UPDATE "EmulationTitle" SET "conferrer" = 'CDCS', "minLevelPosition" = 1 WHERE "name" = 'Tổ công đoàn vững mạnh';
UPDATE "EmulationTitle" SET "minLevelPosition" = 1 WHERE "name" = 'Giỏi việc nước, đảm việc nhà';
UPDATE "EmulationTitle" SET "minLevelPosition" = 0 WHERE "name" = 'CĐCS hoàn thành xuất sắc nhiệm vụ';
UPDATE "EmulationTitle" SET "archivedAt" = now() WHERE "name" = 'Lao động giỏi' AND "archivedAt" IS NULL;

UPDATE "EmulationCommendation" SET "conferrer" = 'CDCS', "minLevelPosition" = 1 WHERE "name" = 'Giấy khen của BCH CĐCS';
UPDATE "EmulationCommendation" SET "minLevelPosition" = 1 WHERE "name" = 'Giấy khen của CĐ cấp trên';
UPDATE "EmulationCommendation" SET "minLevelPosition" = 0 WHERE "name" IN ('Bằng khen LĐLĐ tỉnh', 'Bằng khen Tổng Liên đoàn');

-- The union's other forms, for every unit that has a catalogue.
INSERT INTO "EmulationCommendation" ("id", "unitId", "name", "level", "conferrer", "eligibility", "minLevelPosition", "sortOrder", "updatedAt")
SELECT 'ec_' || md5(u."unitId" || f.name), u."unitId", f.name, f.level, 'UNION_UPPER', f.elig::"EmulationEligibility", f.minpos, f.sort, now()
FROM (SELECT DISTINCT "unitId" FROM "EmulationCommendation") u
CROSS JOIN (VALUES
  ('Bằng khen chuyên đề “Giỏi việc nước, đảm việc nhà”', 'Công đoàn cấp trên', 'FEMALE_ONLY', 1, 20),
  ('Bằng khen chuyên đề “Xanh – Sạch – Đẹp, Bảo đảm ATVSLĐ”', 'Công đoàn cấp trên', 'ANY', 1, 21),
  ('Cờ thi đua', 'Tỉnh', 'ANY', 0, 22),
  ('Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”', 'Trung ương', 'ANY', NULL, 23)
) AS f(name, level, elig, minpos, sort)
ON CONFLICT ("unitId", "name") DO NOTHING;

-- Exclusions bar titles and awards, not the rating: the reasons move to awardBarReason; an open
-- year rates everyone again. A finalised year keeps its "not rated" record as history.
UPDATE "MemberRating" SET "awardBarReason" = "excludedReason" WHERE "excludedReason" IS NOT NULL;
UPDATE "MemberRating" mr SET "excludedReason" = NULL
  FROM "RatingYear" y WHERE y.id = mr."ratingYearId" AND y.status = 'OPEN' AND mr."excludedReason" IS NOT NULL;
