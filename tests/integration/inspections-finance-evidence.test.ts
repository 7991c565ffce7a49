// The UBKT's finance evidence (decision 0077's kinds left for later): a phiếu thu / chi, a period of
// the fund's thu–chi and a đoàn phí remittance resolve to labels written from the unit's own
// records; another unit's record, or a period with no entry, is a field error.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { evidenceHref } from "@/lib/inspections/evidence";
import { findEvidenceOptions, resolveEvidence } from "@/lib/inspections/evidence-records";
import { buildWorld, type World } from "./helpers/world";
import { makeFundEntry } from "../factories/fund";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("finance evidence", () => {
  it("resolves a phiếu thu, a quarter with entries and a remittance; links each", async () => {
    const entry = await makeFundEntry(db, {
      unitId: w.unit.id,
      code: "DUES",
      date: "2081-02-10",
      amount: 1_250_000,
    });
    const remit = await db.duesRemittance.create({
      data: {
        unitId: w.unit.id,
        fromMonth: new Date("2081-01-01T00:00:00Z"),
        toMonth: new Date("2081-03-01T00:00:00Z"),
        amount: 375_000,
        paidOn: new Date("2081-04-05T00:00:00Z"),
        account: "BANK",
      },
    });
    const refs = await resolveEvidence(w.unit.id, [
      { kind: "fundEntry", refId: entry.id },
      { kind: "fundPeriod", refId: "2081-Q1" },
      { kind: "duesRemittance", refId: remit.id },
    ]);
    expect(refs.map((r) => r.label)).toEqual([
      `10/02/2081 · Phiếu thu số ${entry.voucherNo} · ${entry.description} · 1.250.000 ₫`,
      "Thu, chi quỹ công đoàn quý I năm 2081",
      "05/04/2081 · Nộp đoàn phí lên cấp trên tháng 01/2081–03/2081 · 375.000 ₫",
    ]);
    expect(evidenceHref(refs[0])).toBe(`/print/finance/voucher/${entry.id}`);
    expect(evidenceHref(refs[1])).toBe("/print/finance/report?year=2081&quarter=1");
    const options = await findEvidenceOptions(w.unit.id, {
      from: new Date("2081-01-01T00:00:00Z"),
      to: new Date("2081-06-30T00:00:00Z"),
    });
    const of = (kind: string) => options.find((g) => g.kind === kind)!.options.map((o) => o.refId);
    expect(of("fundPeriod")).toEqual(["2081", "2081-Q1", "2081-Q2"]);
    expect(of("fundEntry")).toEqual([entry.id]);
    expect(of("duesRemittance")).toEqual([remit.id]);
  });

  it("refuses another unit's entry and a period with no entry", async () => {
    const theirs = await makeFundEntry(db, {
      unitId: w.otherUnit.id,
      code: "DUES",
      date: "2082-02-10",
      amount: 1000,
    });
    for (const ref of [
      { kind: "fundEntry", refId: theirs.id },
      { kind: "fundPeriod", refId: "2083-Q2" },
      { kind: "fundPeriod", refId: "2083-Q5" },
    ])
      await expect(resolveEvidence(w.unit.id, [ref])).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { evidence: "Có hồ sơ dẫn chứng không tìm thấy trong đơn vị." },
      });
  });
});
