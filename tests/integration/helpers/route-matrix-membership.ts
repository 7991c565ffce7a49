// The membership papers' rows of the route-handler matrix (see route-matrix-kit.ts): the statistics
// report, the quyết định kết nạp, the card list and the giấy giới thiệu.
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

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A quyết định kết nạp of this unit naming one applicant whose name no other cell uses. */
async function admission(w: World) {
  const name = `Phan Thị Kết ${tag()}`;
  const d = await db.admissionDecision.create({
    data: { unitId: w.unit.id, number: `${tag()}/QĐ-CĐCS`, decidedOn: day("2026-03-12") },
  });
  await db.membershipApplication.create({
    data: {
      unitId: w.unit.id,
      fullName: name,
      gender: "FEMALE",
      groupId: w.groupA.id,
      appliedOn: day("2026-03-01"),
      status: "DECIDED",
      decidedOn: day("2026-03-10"),
      decisionRef: "Họp BCH",
      admissionId: d.id,
    },
  });
  return { id: d.id, name };
}

async function movedOut(w: World) {
  const m = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: `Lê Văn Chuyển ${tag()}`,
  });
  const e = await db.memberEvent.create({
    data: {
      memberId: m.id,
      type: "TRANSFERRED_OUT",
      effectiveOn: day("2026-05-01"),
      fromGroupId: w.groupA.id,
      reason: "CĐCS Trường THPT Lê Lợi",
    },
  });
  return { eventId: e.id, name: m.fullName };
}

async function cardRequest(w: World) {
  const m = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: `Võ Thị Thẻ ${tag()}`,
  });
  await db.cardRequest.create({
    data: { unitId: w.unit.id, memberId: m.id, kind: "LOST", requestedOn: day("2026-04-02") },
  });
  return m;
}

export const MEMBERSHIP_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/members/statistics GET": routeRow({
    permission: "members.export",
    scope: "unit",
    request: () => ({ query: "?period=year&year=2026&format=xlsx" }),
    read: readXlsx,
    // The tổ names of this unit: in its readers' file only, never in the other unit's.
    secret: (_f, w) => w.groupA.name,
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/members/admissions/[id] GET": routeRow({
    permission: "members.read.all",
    scope: "unit",
    prepare: admission,
    request: (a) => ({ params: { id: a.id } }),
    read: readPdf,
    secret: (a) => lastWord(a.name),
    expected: { ...ROUTE_READERS, chairOfOtherUnit: 404 },
  }),
  "/api/members/cards GET": routeRow({
    permission: "members.export",
    scope: "unit",
    prepare: cardRequest,
    request: () => ({ query: "?from=2026-01-01&to=2026-12-31&format=xlsx" }),
    read: readXlsx,
    secret: (m) => m.fullName,
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/members/transfer-letter/[eventId] GET": routeRow({
    permission: "members.export",
    scope: "unit",
    prepare: movedOut,
    request: (f) => ({ params: { eventId: f.eventId } }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    expected: { ...ROUTE_READERS, chairOfOtherUnit: 404 },
  }),
};

export const MEMBERSHIP_ROUTES_NOT_COVERED: Record<string, string> = {};
