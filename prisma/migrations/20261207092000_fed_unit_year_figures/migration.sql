-- Hand-written (decision 0092): the cấp trên's roll-up of members and movements reads each CĐCS's
-- year figures (lib/members/statistics/figures-sql.ts, summed per unit) from a store instead of
-- working them out over every member of its subtree on each request (3 s at 300,000 members).
-- The store is derived and never trusted blindly: every write to the rows the figures come from
-- ("Member", "GroupMembership", "MemberEvent", "Group") bumps the unit's version in the writing
-- statement's own transaction; a stored row counts only while its version is the unit's current
-- one, and the reader recomputes the others (lib/org/rollup/figures-store.ts). Like
-- derived."FundMonthTotal", it lives in the schema "derived", which backup and restore leave out.
CREATE SCHEMA IF NOT EXISTS derived;

CREATE TABLE derived."UnitFiguresVersion" (
  "unitId" TEXT PRIMARY KEY,
  version  BIGINT NOT NULL
);

CREATE TABLE derived."UnitYearFigures" (
  "unitId"         TEXT NOT NULL,
  year             INTEGER NOT NULL,
  version          BIGINT NOT NULL,
  closing          INTEGER NOT NULL,
  female           INTEGER NOT NULL,
  party            INTEGER NOT NULL,
  admitted         INTEGER NOT NULL,
  "transferredIn"  INTEGER NOT NULL,
  "transferredOut" INTEGER NOT NULL,
  exited           INTEGER NOT NULL,
  -- Members đang sinh hoạt (status ACTIVE) as they stand, whatever the year: the tiles of /org.
  active           INTEGER NOT NULL,
  PRIMARY KEY ("unitId", year)
);

-- Bumps the version of the given units (sorted, so that two statements lock them in one order).
CREATE FUNCTION derived.unit_figures_bump(units TEXT[]) RETURNS void AS $$
  INSERT INTO derived."UnitFiguresVersion" AS v ("unitId", version)
  SELECT DISTINCT u, 1 FROM unnest(units) AS u WHERE u IS NOT NULL ORDER BY 1
  ON CONFLICT ("unitId") DO UPDATE SET version = v.version + 1;
$$ LANGUAGE sql;

-- One trigger function per source table: the units of the old and the new rows.
CREATE FUNCTION derived.unit_figures_member() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(SELECT DISTINCT "unitId" FROM old_rows));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(SELECT DISTINCT "unitId" FROM new_rows));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION derived.unit_figures_group() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(SELECT DISTINCT "unitId" FROM old_rows));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(SELECT DISTINCT "unitId" FROM new_rows));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION derived.unit_figures_membership() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(
      SELECT DISTINCT g."unitId" FROM old_rows o JOIN "Group" g ON g.id = o."groupId"));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(
      SELECT DISTINCT g."unitId" FROM new_rows n JOIN "Group" g ON g.id = n."groupId"));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION derived.unit_figures_event() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(
      SELECT DISTINCT m."unitId" FROM old_rows o JOIN "Member" m ON m.id = o."memberId"));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM derived.unit_figures_bump(ARRAY(
      SELECT DISTINCT m."unitId" FROM new_rows n JOIN "Member" m ON m.id = n."memberId"));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Member_figures_insert" AFTER INSERT ON "Member"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_member();
CREATE TRIGGER "Member_figures_update" AFTER UPDATE ON "Member"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_member();
CREATE TRIGGER "Member_figures_delete" AFTER DELETE ON "Member"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_member();

CREATE TRIGGER "Group_figures_insert" AFTER INSERT ON "Group"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_group();
CREATE TRIGGER "Group_figures_update" AFTER UPDATE ON "Group"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_group();
CREATE TRIGGER "Group_figures_delete" AFTER DELETE ON "Group"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_group();

CREATE TRIGGER "GroupMembership_figures_insert" AFTER INSERT ON "GroupMembership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_membership();
CREATE TRIGGER "GroupMembership_figures_update" AFTER UPDATE ON "GroupMembership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_membership();
CREATE TRIGGER "GroupMembership_figures_delete" AFTER DELETE ON "GroupMembership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_membership();

CREATE TRIGGER "MemberEvent_figures_insert" AFTER INSERT ON "MemberEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_event();
CREATE TRIGGER "MemberEvent_figures_update" AFTER UPDATE ON "MemberEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_event();
CREATE TRIGGER "MemberEvent_figures_delete" AFTER DELETE ON "MemberEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_event();

-- A restore empties the tables first: nothing stored survives it.
CREATE FUNCTION derived.unit_figures_truncate() RETURNS trigger AS $$
BEGIN
  DELETE FROM derived."UnitYearFigures";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "Member_figures_truncate" AFTER TRUNCATE ON "Member"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_truncate();
CREATE TRIGGER "GroupMembership_figures_truncate" AFTER TRUNCATE ON "GroupMembership"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_truncate();
CREATE TRIGGER "MemberEvent_figures_truncate" AFTER TRUNCATE ON "MemberEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_truncate();
CREATE TRIGGER "Group_figures_truncate" AFTER TRUNCATE ON "Group"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.unit_figures_truncate();

-- The welfare sums of a cấp trên (the /org tiles, the roll-up's welfare section) read each CĐCS's
-- visits of the year from the index alone: state and amount ride along (INCLUDE, which Prisma's
-- schema language cannot express; hand-written like "FundEntry_book_order_idx").
CREATE INDEX "WelfareVisit_unit_day_paid_idx" ON "WelfareVisit"("unitId", "eventOn") INCLUDE (state, amount, "categoryId");
