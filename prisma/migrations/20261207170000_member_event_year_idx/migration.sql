-- The dashboard's joins and exits of the year (lib/dashboard/queries.ts) count a unit's MemberEvent
-- rows of one year by type. Read from the table, each of the year's events cost a heap visit (45 ms
-- for a CĐCS of 5.470 members among 300.000 in the federation bench); with the member's id riding
-- along, the index alone answers it (21 ms; decision 0098). INCLUDE cannot be written in Prisma's
-- schema language: hand-written, like "WelfareVisit_unit_day_paid_idx".
CREATE INDEX "MemberEvent_year_type_member_idx" ON "MemberEvent"("effectiveOn", type) INCLUDE ("memberId");
