// The tổng kết's rows of the route-handler matrix (see route-matrix-kit.ts): the report is read by
// the BCH and the UBKT (reports.annual.read); a tổ trưởng or a đoàn viên is refused.
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { readDocx, ROUTE_READERS, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import type { World } from "./world";
import { THIS_YEAR } from "../../support/today";

/**
 * A draft of its own past year whose narrative holds a word no other cell uses. The year is one
 * before the earliest report the unit has (other tests of the same world write reports too).
 */
async function narrated(w: World) {
  const held = await db.annualReport.findMany({ where: { unitId: w.unit.id }, select: { year: true } });
  const year = Math.min(THIS_YEAR, ...held.map((r) => r.year)) - 1;
  const word = `Tongket${tag().replace(/[^a-z]/g, "x")}`;
  await db.annualReport.create({
    data: {
      unitId: w.unit.id,
      year,
      sections: { create: [{ key: "ASSESSMENT", body: `Đánh giá chung ${word}`, version: 1 }] },
    },
  });
  return { year, word };
}

export const ANNUAL_REPORT_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/reports/annual GET": routeRow({
    permission: "reports.annual.read",
    scope: "unit",
    prepare: narrated,
    request: (f) => ({ query: `?year=${f.year}&format=docx` }),
    read: readDocx,
    secret: (f) => f.word,
    // Another unit's chair gets their own unit's report of that year, without this narrative.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
};

export const ANNUAL_REPORT_ROUTES_NOT_COVERED: Record<string, string> = {};
