// The welfare rows of the route-handler matrix: one row per exported method of each
// app/api/**/route.ts of this feature, keyed "/api/<path> <METHOD>" (see route-matrix-kit.ts and
// the Foundation rows in route-matrix.ts). route-matrix.test.ts fails while a route has no row.
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import {
  lastWord,
  readPdf,
  readXlsx,
  ROUTE_READERS,
  routeRow,
  type RouteMatrixRow,
} from "./route-matrix-kit";
import type { World } from "./world";
import { makeMember } from "../../factories/records";
import { makeWelfareCategory, makeWelfareVisit } from "../../factories/welfare";

/** A visit in 2026 for a member whose name no other cell uses: in this unit's sổ only. */
async function visitOfNamedMember(w: World) {
  const m = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: `Lê Thị Thăm ${tag()}`,
  });
  const c = await makeWelfareCategory(db, w.unit.id);
  await makeWelfareVisit(db, {
    unitId: w.unit.id,
    memberId: m.id,
    categoryId: c.id,
    eventOn: "2026-04-04",
    state: "DONE",
  });
  return m;
}

export const WELFARE_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/welfare/register/xlsx GET": routeRow({
    permission: "welfare.export",
    scope: "unit",
    prepare: visitOfNamedMember,
    request: () => ({ query: "?year=2026" }),
    read: readXlsx,
    secret: (m) => m.fullName,
    // The chair of another unit gets their own unit's sổ, without this visit.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/welfare/register/pdf GET": routeRow({
    permission: "welfare.export",
    scope: "unit",
    prepare: visitOfNamedMember,
    request: () => ({ query: "?year=2026" }),
    read: readPdf,
    secret: (m) => lastWord(m.fullName),
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
};

/** Routes not run by the matrix, with the reason and where they are covered instead. */
export const WELFARE_ROUTES_NOT_COVERED: Record<string, string> = {};
