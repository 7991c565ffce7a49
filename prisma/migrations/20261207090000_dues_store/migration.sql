-- Hand-written (decision 0091-duesstore): the dues ledger's result, stored per member and year, and
-- per unit and month, so that the sổ, the tổng kết, the remittance and the cấp trên's roll-up read
-- stored rows instead of pricing 720,000 member-months each time. The rule is NOT here: the rows
-- are written by lib/finance/dues/store.ts with the ledger's own SQL (ledger-sql.ts). What is here
-- are the marks that say which rows are stale: triggers on every table the ledger reads insert a
-- mark in the writing statement's own transaction, and every reader refreshes the marked rows first
-- (freshDuesYears). Everything in these tables is a cache: deleting any of it is safe (the next read
-- recomputes), and like derived."FundMonthTotal" it is left out of backups and checksums.
CREATE SCHEMA IF NOT EXISTS derived;

-- The years of a unit whose rows are complete (a year absent here is recomputed whole when read).
CREATE TABLE derived."DuesYear" (
  "unitId" TEXT NOT NULL,
  year     INTEGER NOT NULL,
  PRIMARY KEY ("unitId", year)
);

-- One member's year as the sổ shows it: a status letter per month (O owed, N not a member, E miễn,
-- K không thu), what was owed, paid and paid above the statutory rate per month, and what the latest
-- owed month asked for and on which salary. Only members the sổ lists (a member or a payment in the year).
CREATE TABLE derived."DuesMemberYear" (
  "unitId"     TEXT NOT NULL,
  year         INTEGER NOT NULL,
  "memberId"   TEXT NOT NULL,
  codes        TEXT NOT NULL,
  amounts      INTEGER[] NOT NULL,
  paids        INTEGER[] NOT NULL,
  extras       INTEGER[] NOT NULL,
  "lastAmount" INTEGER,
  "lastSalary" INTEGER,
  PRIMARY KEY ("unitId", year, "memberId")
);

-- The unit's month: the sums of its members' rows, and the cấp trên's share of the statutory part
-- collected at that month's percentage.
CREATE TABLE derived."DuesUnitMonth" (
  "unitId"     TEXT NOT NULL,
  month        DATE NOT NULL,
  owed         BIGINT NOT NULL,
  collected    BIGINT NOT NULL,
  "extraPaid"  BIGINT NOT NULL,
  "upperShare" BIGINT NOT NULL,
  PRIMARY KEY ("unitId", month)
);

-- A stale mark: a member's rows ("memberId" set) or the whole unit's (NULL), for one year or, when
-- "year" is NULL, for every year (stored years are all refreshed).
CREATE TABLE derived."DuesStale" (
  id         BIGSERIAL PRIMARY KEY,
  "unitId"   TEXT NOT NULL,
  "memberId" TEXT,
  year       INTEGER
);
CREATE INDEX "DuesStale_unit_idx" ON derived."DuesStale" ("unitId", year);

-- DuesPayment: the member's year of the month paid for. A statement that touches more than 5,000
-- members of a unit-year (a payroll import) leaves one mark for that unit-year instead: the year is
-- recomputed whole anyway, and the import does not write 60,000 marks.
CREATE FUNCTION derived.dues_stale_payment() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    WITH m AS (SELECT "unitId" AS u, "memberId" AS mid, extract(year FROM month)::int AS y FROM old_rows GROUP BY 1, 2, 3),
         c AS (SELECT u, y, count(*) AS n FROM m GROUP BY 1, 2)
    INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
    SELECT m.u, m.mid, m.y FROM m JOIN c ON c.u = m.u AND c.y = m.y WHERE c.n <= 5000
    UNION ALL SELECT u, NULL, y FROM c WHERE n > 5000;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    WITH m AS (SELECT "unitId" AS u, "memberId" AS mid, extract(year FROM month)::int AS y FROM new_rows GROUP BY 1, 2, 3),
         c AS (SELECT u, y, count(*) AS n FROM m GROUP BY 1, 2)
    INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
    SELECT m.u, m.mid, m.y FROM m JOIN c ON c.u = m.u AND c.y = m.y WHERE c.n <= 5000
    UNION ALL SELECT u, NULL, y FROM c WHERE n > 5000;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- DuesExemption (a miễn, or its reversal by archiving): every year the span touches.
CREATE FUNCTION derived.dues_stale_exemption() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
    SELECT DISTINCT x."unitId", x."memberId", y::int FROM old_rows x,
      generate_series(extract(year FROM x."fromMonth")::int, extract(year FROM x."toMonth")::int) y;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
    SELECT DISTINCT x."unitId", x."memberId", y::int FROM new_rows x,
      generate_series(extract(year FROM x."fromMonth")::int, extract(year FROM x."toMonth")::int) y;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Marks for every year of some members: one per member, or one for the whole unit when a statement
-- touches more than 5,000 of its members (an import; the reader would recompute the unit anyway).
CREATE FUNCTION derived.dues_mark_members(u TEXT[], mid TEXT[]) RETURNS void AS $$
  WITH m AS (SELECT DISTINCT x.u, x.mid FROM unnest(u, mid) AS x(u, mid)),
       c AS (SELECT m.u, count(*) AS n FROM m GROUP BY 1)
  INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
  SELECT m.u, m.mid, NULL::int FROM m JOIN c ON c.u = m.u WHERE c.n <= 5000
  UNION ALL SELECT c.u, NULL, NULL::int FROM c WHERE c.n > 5000;
$$ LANGUAGE sql;

-- MemberSalary and MemberEvent (dated from a day on): every year of the member, in the unit it is in.
CREATE FUNCTION derived.dues_stale_member_fact() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM derived.dues_mark_members(array_agg(m."unitId"), array_agg(m.id))
    FROM old_rows x JOIN "Member" m ON m.id = x."memberId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM derived.dues_mark_members(array_agg(m."unitId"), array_agg(m.id))
    FROM new_rows x JOIN "Member" m ON m.id = x."memberId";
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Member: a new or removed member, or a change of what the ledger reads (the date joined, the
-- salary without history, the unit; the tổ and the name are read live by the sổ, not stored).
CREATE FUNCTION derived.dues_stale_member() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM derived.dues_mark_members(array_agg("unitId"), array_agg(id)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM derived.dues_mark_members(array_agg("unitId"), array_agg(id)) FROM old_rows;
  ELSE
    PERFORM derived.dues_mark_members(array_agg(u), array_agg(id)) FROM (
      SELECT n.id, n."unitId" AS nu, o."unitId" AS ou FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."joinedUnionOn" IS DISTINCT FROM o."joinedUnionOn"
         OR n."insuranceSalary" IS DISTINCT FROM o."insuranceSalary"
         OR n."unitId" IS DISTINCT FROM o."unitId") c,
      LATERAL (SELECT c.nu UNION SELECT c.ou) us(u);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Setting: a dues setting (or the unit's type) changes the terms of months: the whole unit, every year.
CREATE FUNCTION derived.dues_stale_setting() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
    SELECT DISTINCT "unitId", NULL::text, NULL::int FROM old_rows WHERE key LIKE 'dues.%' OR key = 'unit.type';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
    SELECT DISTINCT "unitId", NULL::text, NULL::int FROM new_rows WHERE key LIKE 'dues.%' OR key = 'unit.type';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DuesPayment_dues_stale_insert" AFTER INSERT ON "DuesPayment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_payment();
CREATE TRIGGER "DuesPayment_dues_stale_update" AFTER UPDATE ON "DuesPayment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_payment();
CREATE TRIGGER "DuesPayment_dues_stale_delete" AFTER DELETE ON "DuesPayment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_payment();

CREATE TRIGGER "DuesExemption_dues_stale_insert" AFTER INSERT ON "DuesExemption"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_exemption();
CREATE TRIGGER "DuesExemption_dues_stale_update" AFTER UPDATE ON "DuesExemption"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_exemption();
CREATE TRIGGER "DuesExemption_dues_stale_delete" AFTER DELETE ON "DuesExemption"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_exemption();

CREATE TRIGGER "MemberSalary_dues_stale_insert" AFTER INSERT ON "MemberSalary"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member_fact();
CREATE TRIGGER "MemberSalary_dues_stale_update" AFTER UPDATE ON "MemberSalary"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member_fact();
CREATE TRIGGER "MemberSalary_dues_stale_delete" AFTER DELETE ON "MemberSalary"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member_fact();

CREATE TRIGGER "MemberEvent_dues_stale_insert" AFTER INSERT ON "MemberEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member_fact();
CREATE TRIGGER "MemberEvent_dues_stale_update" AFTER UPDATE ON "MemberEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member_fact();
CREATE TRIGGER "MemberEvent_dues_stale_delete" AFTER DELETE ON "MemberEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member_fact();

CREATE TRIGGER "Member_dues_stale_insert" AFTER INSERT ON "Member"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member();
CREATE TRIGGER "Member_dues_stale_update" AFTER UPDATE ON "Member"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member();
CREATE TRIGGER "Member_dues_stale_delete" AFTER DELETE ON "Member"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_member();

CREATE TRIGGER "Setting_dues_stale_insert" AFTER INSERT ON "Setting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_setting();
CREATE TRIGGER "Setting_dues_stale_update" AFTER UPDATE ON "Setting"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_setting();
CREATE TRIGGER "Setting_dues_stale_delete" AFTER DELETE ON "Setting"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_stale_setting();

-- A TRUNCATE of what the ledger reads empties the store (it is rebuilt on the next read).
CREATE FUNCTION derived.dues_store_truncate() RETURNS trigger AS $$
BEGIN
  TRUNCATE derived."DuesYear", derived."DuesMemberYear", derived."DuesUnitMonth", derived."DuesStale";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "DuesPayment_dues_store_truncate" AFTER TRUNCATE ON "DuesPayment"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_store_truncate();
CREATE TRIGGER "Member_dues_store_truncate" AFTER TRUNCATE ON "Member"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_store_truncate();
CREATE TRIGGER "Setting_dues_store_truncate" AFTER TRUNCATE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_store_truncate();
CREATE TRIGGER "MemberSalary_dues_store_truncate" AFTER TRUNCATE ON "MemberSalary"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_store_truncate();
CREATE TRIGGER "MemberEvent_dues_store_truncate" AFTER TRUNCATE ON "MemberEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_store_truncate();
CREATE TRIGGER "DuesExemption_dues_store_truncate" AFTER TRUNCATE ON "DuesExemption"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_store_truncate();
