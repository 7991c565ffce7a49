// The tổng kết's rows of the action matrix (see action-matrix.ts and matrix-kit.ts): the BCH writes
// the narrative (reports.annual.write), the chủ tịch marks it final and reopens it
// (reports.annual.finalise); the UBKT, tổ trưởng and members only read or nothing.
import { db } from "@/lib/db";
import { SECTION_KEYS } from "@/lib/reports/annual/sections";
import { BCH, CHAIR, row, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";
import { THIS_YEAR } from "../../support/today";

// Each cell its own past year (a started year of the calendar cycle, from 2000 on), so the nine
// cells of one action never share a report (each action has a world of its own).
let k = 0;
const freshYear = () => THIS_YEAR - 1 - (++k % 20);

async function reportIn(w: World, status: "DRAFT" | "FINAL") {
  const year = freshYear();
  const r = await db.annualReport.create({
    data: {
      unitId: w.unit.id,
      year,
      status,
      version: 4,
      finalisedAt: status === "FINAL" ? new Date(`${year + 1}-01-15T03:00:00Z`) : null,
      sections: { create: SECTION_KEYS.map((key) => ({ key, body: `Nội dung ${key}`, version: 1 })) },
    },
  });
  return { year, version: r.version };
}

export const ANNUAL_REPORT_MATRIX: Record<string, MatrixRow> = {
  "reports.annual.saveAnnualSectionAction": row({
    scope: "unit",
    permission: "reports.annual.write",
    prepare: async () => freshYear(),
    input: (year) => ({
      year,
      key: "ASSESSMENT",
      body: "Năm qua công đoàn đã hoàn thành tốt nhiệm vụ.",
      version: 0,
    }),
    // Another unit's chủ tịch writes the same year of their own unit's report.
    expected: { ...BCH, chairOfOtherUnit: "ok" },
  }),
  "reports.annual.finaliseAnnualReportAction": row({
    scope: "unit",
    permission: "reports.annual.finalise",
    prepare: (w) => reportIn(w, "DRAFT"),
    input: (r) => r,
    expected: { ...CHAIR, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "reports.annual.reopenAnnualReportAction": row({
    scope: "unit",
    permission: "reports.annual.finalise",
    prepare: (w) => reportIn(w, "FINAL"),
    input: (r) => ({ year: r.year, version: r.version, reason: "Bổ sung số liệu cuối năm" }),
    expected: { ...CHAIR, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

export const ANNUAL_REPORT_NOT_COVERED: Record<string, string> = {};
