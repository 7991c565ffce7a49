-- Hand-written (decision 0098): the /org tile "thăm hỏi đã chi" summed every CĐCS's visits of the
-- year on each visit of the page (40 ms of PostgreSQL for 2,000 CĐCS and 33,741 visits, on every
-- /org, search and page of the list). It joins the year figures' store of decision 0092: the sum
-- of a CĐCS's visits DONE in the year, by the day of the event (as lib/org/rollup/welfare.ts and
-- the CĐCS's own sổ count them), version-checked like the other figures. Every write to
-- "WelfareVisit" bumps its unit's version in the writing statement's transaction.

-- The stored rows have no welfare sum yet: the store is derived, and refills itself on reading.
DELETE FROM derived."UnitYearFigures";
ALTER TABLE derived."UnitYearFigures" ADD COLUMN welfare BIGINT NOT NULL;

-- WelfareVisit carries its "unitId", as Member does: the same trigger function serves it.
CREATE TRIGGER "WelfareVisit_figures_insert" AFTER INSERT ON "WelfareVisit"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_member();
CREATE TRIGGER "WelfareVisit_figures_update" AFTER UPDATE ON "WelfareVisit"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_member();
CREATE TRIGGER "WelfareVisit_figures_delete" AFTER DELETE ON "WelfareVisit"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_member();
CREATE TRIGGER "WelfareVisit_figures_truncate" AFTER TRUNCATE ON "WelfareVisit"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_truncate();
