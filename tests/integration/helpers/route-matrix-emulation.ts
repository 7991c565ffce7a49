// The emulation rows of the route-handler matrix: one row per exported method of each
// app/api/**/route.ts of this feature, keyed "/api/<path> <METHOD>" (see route-matrix-kit.ts and
// the Foundation rows in route-matrix.ts). route-matrix.test.ts fails while a route has no row.
import { db } from "@/lib/db";
import { ensureYear } from "./emulation-fixtures";
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
import { SUITE_MOMENT } from "../../support/today";

/** A member of tổ A, with a name no other cell uses, approved and self-assessed in 2026. */
async function namedMember(w: World) {
  const year = await ensureYear(w.unit.id);
  const m = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: `Lê Thị Thi Đua ${tag()}`,
  });
  await db.emulationRegistration.create({
    data: {
      yearId: year.id,
      subjectKey: `m:${m.id}`,
      memberId: m.id,
      state: "APPROVED",
      titleIds: [],
      movementIds: [],
      firstSubmittedAt: SUITE_MOMENT,
    },
  });
  await db.emulationSelfAssessment.create({
    data: {
      yearId: year.id,
      memberId: m.id,
      state: "SUBMITTED",
      totalPoints: 92,
      proposedLevel: "Hoàn thành xuất sắc nhiệm vụ",
      scores: { create: [{ criterionId: year.criteria[0].id, selfPoints: 9 }] },
    },
  });
  return m;
}

export const EMULATION_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/emulation/registrations GET": routeRow({
    permission: "emulation.export",
    scope: "unit",
    prepare: namedMember,
    request: () => ({ query: "?year=2026&format=xlsx" }),
    read: readXlsx,
    secret: (m) => m.fullName,
    // The other unit has no 2026 campaign: not found.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: 404 },
  }),
  "/api/emulation/assessment GET": routeRow({
    permission: "emulation.self / emulation.read.group / emulation.read.all",
    scope: "own tổ",
    prepare: namedMember,
    request: (m) => ({ query: `?year=2026&member=${m.id}` }),
    read: readPdf,
    secret: (m) => lastWord(m.fullName),
    // Another member's phiếu is outside a đoàn viên's scope, and outside the other tổ's.
    expected: {
      ...ROUTE_READERS,
      member: 404,
      leaderSameGroup: "ok",
      leaderOtherGroup: 404,
      chairOfOtherUnit: 404,
    },
  }),
};

/** Routes not run by the matrix, with the reason and where they are covered instead. */
export const EMULATION_ROUTES_NOT_COVERED: Record<string, string> = {};
