// The UBKT's rows of the route-handler matrix (see route-matrix-kit.ts): the papers are read by the
// UBKT and the BCH (inspections.read); a tổ trưởng or a đoàn viên is refused.
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { lastWord, readPdf, ROUTE_READERS, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import type { World } from "./world";
import { makeInspection } from "../../factories/inspections";
import { THIS_YEAR } from "../../support/today";

/** A concluded inspection whose title no other cell uses: in this unit's papers only. */
const named = (w: World) =>
  makeInspection(db, {
    unitId: w.unit.id,
    leaderMemberId: w.memberIdOf("ubkt")!,
    year: THIS_YEAR,
    status: "CONCLUDED",
    title: `Kiểm tra quỹ Kiemtra${tag().replace(/[^a-z]/g, "x")}`,
    recommendation: "OPEN",
  });

export const INSPECTIONS_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/inspections/[id]/record GET": routeRow({
    permission: "inspections.read",
    scope: "unit",
    prepare: named,
    request: (f) => ({ params: { id: f.inspection.id } }),
    read: readPdf,
    secret: (f) => lastWord(f.inspection.title),
    // Another unit's chair finds no such inspection.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: 404 },
  }),
  "/api/inspections/report GET": routeRow({
    permission: "inspections.read",
    scope: "unit",
    prepare: named,
    request: () => ({ query: `?year=${THIS_YEAR}` }),
    read: readPdf,
    secret: (f) => lastWord(f.inspection.title),
    // Another unit's chair gets their own unit's report, without this inspection.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/inspections/plan GET": routeRow({
    permission: "inspections.read",
    scope: "unit",
    prepare: (w) =>
      db.inspectionPlanItem.create({
        data: {
          unitId: w.unit.id,
          year: THIS_YEAR,
          subject: "CHARTER",
          content: `Sinh hoạt tổ Kehoach${tag().replace(/[^a-z]/g, "x")}`,
          periodLabel: "6 tháng đầu năm",
          plannedMonth: 9,
          team: "Ủy viên UBKT",
        },
      }),
    request: () => ({ query: `?year=${THIS_YEAR}` }),
    read: readPdf,
    secret: (p) => lastWord(p.content),
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
};

/** Routes not run by the matrix, with the reason and where they are covered instead. */
export const INSPECTIONS_ROUTES_NOT_COVERED: Record<string, string> = {};
