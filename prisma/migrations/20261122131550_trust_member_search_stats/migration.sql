-- Member search (lib/members/queries.ts: searchName / cardNumber LIKE '%…%' ordered by sortName, LIMIT 20).
-- With the default statistics target PostgreSQL overestimates how many of 60,000 members a name
-- matches (681 estimated vs 13 real for "nguyen thi lan") and walks the whole (unitId, sortName)
-- index hoping to fill the page early (0.8–8 s measured on the bench unit). Finer statistics give
-- estimates close to the truth, so it uses the trigram indexes and sorts the few matches instead.
-- No schema change: hand-written (docs/decisions/0001-migrations.md allows SQL-only migrations).
ALTER TABLE "Member" ALTER COLUMN "searchName" SET STATISTICS 2000;
ALTER TABLE "Member" ALTER COLUMN "cardNumber" SET STATISTICS 2000;
ANALYZE "Member";
