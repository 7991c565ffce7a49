// The submissions' rows of the route-handler matrix (see route-matrix-kit.ts; decision 0089): a sent
// paper as PDF, for the BCH of the unit that sent it and for its cấp trên, nobody else.
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { readPdf, ROUTE_UPPER, ROUTE_WRITERS, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import type { World } from "./world";

/** A sent paper whose frozen text carries a word only it has. */
export const sentPaper = async (w: World) => {
  const word = `Mật${tag()}`;
  const s = await db.submission.create({
    data: {
      unitId: w.unit.id,
      year: 2026,
      kind: "ANNUAL_REPORT",
      version: 1 + (await db.submission.count({ where: { unitId: w.unit.id, kind: "ANNUAL_REPORT" } })),
      state: "SUPERSEDED",
      doc: {
        papers: [
          {
            unit: { name: w.unit.name, parentName: w.upper.name, placeName: "Đà Nẵng" },
            date: null,
            title: "BÁO CÁO TỔNG KẾT",
            blocks: [{ kind: "paragraph", text: `Nội dung ${word}` }],
          },
        ],
      },
      payload: {},
      submittedById: w.people.chair.user.id,
    },
  });
  return { id: s.id, word };
};

export const SUBMISSIONS_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/submissions/[id]/pdf GET": routeRow({
    permission: "submissions.read",
    scope: "unit",
    prepare: sentPaper,
    request: (s) => ({ params: { id: s.id } }),
    read: readPdf,
    secret: (s) => s.word,
    // Another unit's chủ tịch reads their own unit's papers: this one is not found.
    expected: { ...ROUTE_WRITERS, chairOfOtherUnit: 404 },
  }),
  "/api/org/submissions/[id]/pdf GET": routeRow({
    permission: "org.submissions.read",
    scope: "unit",
    prepare: sentPaper,
    request: (s) => ({ params: { id: s.id } }),
    read: readPdf,
    secret: (s) => s.word,
    expected: ROUTE_UPPER,
  }),
};

export const SUBMISSIONS_ROUTES_NOT_COVERED: Record<string, string> = {};
