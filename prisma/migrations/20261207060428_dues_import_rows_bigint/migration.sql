-- Decision 0085: sums of a whole unit's đoàn phí exceed 2^31 đồng (a 60,000-member list is about
-- 2,4 tỷ đ): the import's total and the cấp trên's share become BIGINT; the payroll list's checked
-- rows move from one JSON value to a table written in chunks.

-- CreateTable
CREATE TABLE "DuesImportRow" (
    "importId" TEXT NOT NULL,
    "rowNo" INTEGER NOT NULL,
    "card" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "memberId" TEXT,
    "errors" TEXT[],

    CONSTRAINT "DuesImportRow_pkey" PRIMARY KEY ("importId","rowNo")
);

-- AddForeignKey
ALTER TABLE "DuesImportRow" ADD CONSTRAINT "DuesImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DuesImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the lists already uploaded keep their rows.
INSERT INTO "DuesImportRow" ("importId", "rowNo", "card", "name", "month", "amount", "memberId", "errors")
SELECT i.id, (r->>'rowNo')::int, COALESCE(r->>'card', ''), COALESCE(r->>'name', ''), COALESCE(r->>'month', ''),
       COALESCE((r->>'amount')::int, 0), r->>'memberId',
       ARRAY(SELECT jsonb_array_elements_text(COALESCE(r->'errors', '[]'::jsonb)))
FROM "DuesImport" i, jsonb_array_elements(i."rows"::jsonb) r
ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "DuesImport" DROP COLUMN "rows",
ALTER COLUMN "total" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "DuesRemittance" ALTER COLUMN "amount" SET DATA TYPE BIGINT;
