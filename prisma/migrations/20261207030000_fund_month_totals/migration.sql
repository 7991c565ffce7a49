-- Hand-written (decision 0080): the fund's sums per unit, month, account, category and
-- direction, kept by triggers on "FundEntry" in the writing statement's own transaction, so that
-- balances and reports read a few hundred rows instead of every entry since the fund began.
-- It lives in its own schema "derived": it is recomputed from "FundEntry", so backup, restore and
-- the table checksums (public tables only) leave it out, and a restore rebuilds it as it inserts.
CREATE SCHEMA IF NOT EXISTS derived;

CREATE TABLE derived."FundMonthTotal" (
  "unitId"     TEXT NOT NULL,
  month        DATE NOT NULL,
  account      "FundAccount" NOT NULL,
  "categoryId" TEXT NOT NULL,
  direction    "FundDirection" NOT NULL,
  amount       BIGINT NOT NULL,
  entries      INTEGER NOT NULL,
  PRIMARY KEY ("unitId", month, account, "categoryId", direction)
);

-- Adds the signed sums of a set of entries (sign 1 for new rows, -1 for old ones).
CREATE FUNCTION derived.fund_month_total_add() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO derived."FundMonthTotal" AS t ("unitId", month, account, "categoryId", direction, amount, entries)
    SELECT "unitId", date_trunc('month', date)::date, account, "categoryId", direction, -SUM(amount), -COUNT(*)
    FROM old_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("unitId", month, account, "categoryId", direction)
    DO UPDATE SET amount = t.amount + EXCLUDED.amount, entries = t.entries + EXCLUDED.entries;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO derived."FundMonthTotal" AS t ("unitId", month, account, "categoryId", direction, amount, entries)
    SELECT "unitId", date_trunc('month', date)::date, account, "categoryId", direction, SUM(amount), COUNT(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("unitId", month, account, "categoryId", direction)
    DO UPDATE SET amount = t.amount + EXCLUDED.amount, entries = t.entries + EXCLUDED.entries;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "FundEntry_month_total_insert" AFTER INSERT ON "FundEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.fund_month_total_add();
CREATE TRIGGER "FundEntry_month_total_update" AFTER UPDATE ON "FundEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.fund_month_total_add();
CREATE TRIGGER "FundEntry_month_total_delete" AFTER DELETE ON "FundEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.fund_month_total_add();

CREATE FUNCTION derived.fund_month_total_truncate() RETURNS trigger AS $$
BEGIN
  TRUNCATE derived."FundMonthTotal";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "FundEntry_month_total_truncate" AFTER TRUNCATE ON "FundEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.fund_month_total_truncate();

-- The entries already written.
INSERT INTO derived."FundMonthTotal" ("unitId", month, account, "categoryId", direction, amount, entries)
SELECT "unitId", date_trunc('month', date)::date, account, "categoryId", direction, SUM(amount), COUNT(*)
FROM "FundEntry" GROUP BY 1, 2, 3, 4, 5;

-- Hand-written: the books' order (day, thu before chi, số phiếu) with the amount, so that a page of
-- a book reads its rows and their running balance from the index in order (index-only), without
-- sorting the whole period. Prisma's schema language cannot express INCLUDE.
CREATE INDEX "FundEntry_book_order_idx" ON "FundEntry"("unitId", "account", "date", "direction", "voucherNo", "id") INCLUDE ("amount");
