-- Hand-written (decision 0102): the đoàn phí paid per unit and month paid for, kept by triggers on
-- "DuesPayment" in the writing statement's own transaction, as derived."FundMonthTotal" keeps the
-- fund (decision 0080). The year dashboard and the cấp trên's roll-up read twelve rows per unit
-- instead of every payment of the year (about 560.000 in a CĐCS of 60.000 members).
-- In the schema "derived": recomputed from "DuesPayment", so backup, restore and the table
-- checksums (public tables only) leave it out, and a restore rebuilds it as it inserts.
CREATE TABLE derived."DuesPaymentMonth" (
  "unitId"  TEXT NOT NULL,
  month     DATE NOT NULL,
  amount    BIGINT NOT NULL,
  payments  INTEGER NOT NULL,
  PRIMARY KEY ("unitId", month)
);

-- Adds the signed sums of a set of payments (old rows subtracted, new rows added). A reversal is a
-- payment of its own (negative amount), so it is added like any other.
CREATE FUNCTION derived.dues_payment_month_add() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO derived."DuesPaymentMonth" AS t ("unitId", month, amount, payments)
    SELECT "unitId", month, -SUM(amount), -COUNT(*)
    FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("unitId", month)
    DO UPDATE SET amount = t.amount + EXCLUDED.amount, payments = t.payments + EXCLUDED.payments;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO derived."DuesPaymentMonth" AS t ("unitId", month, amount, payments)
    SELECT "unitId", month, SUM(amount), COUNT(*)
    FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("unitId", month)
    DO UPDATE SET amount = t.amount + EXCLUDED.amount, payments = t.payments + EXCLUDED.payments;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DuesPayment_month_insert" AFTER INSERT ON "DuesPayment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_payment_month_add();
CREATE TRIGGER "DuesPayment_month_update" AFTER UPDATE ON "DuesPayment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_payment_month_add();
CREATE TRIGGER "DuesPayment_month_delete" AFTER DELETE ON "DuesPayment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_payment_month_add();

CREATE FUNCTION derived.dues_payment_month_truncate() RETURNS trigger AS $$
BEGIN
  TRUNCATE derived."DuesPaymentMonth";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "DuesPayment_month_truncate" AFTER TRUNCATE ON "DuesPayment"
  FOR EACH STATEMENT EXECUTE FUNCTION derived.dues_payment_month_truncate();

-- The payments already written.
INSERT INTO derived."DuesPaymentMonth" ("unitId", month, amount, payments)
SELECT "unitId", month, SUM(amount), COUNT(*) FROM "DuesPayment" GROUP BY 1, 2;
