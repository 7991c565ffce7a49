// The annual rating rows of the route-handler matrix (see route-matrix-kit.ts and route-matrix.ts):
// the report downloads of app/api/rating/**. One rated 2026 per world (rateWorld), shared by the
// cells of a row; the secret is the run's tag, carried by the <script> member's name and the
// references, which no other unit's file can contain.
import { rateWorld, type RatedWorld } from "./rating-reports-fixtures";
import { readDocx, readPdf, ROUTE_READERS, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import type { World } from "./world";

const rated = new WeakMap<World, Promise<RatedWorld>>();
const prepare = (w: World) => {
  if (!rated.has(w)) rated.set(w, rateWorld(w));
  return rated.get(w)!;
};
/** The unit-wide reports (rating.export: BCH, UBKT); the other unit has no 2026 rating year: 404. */
const unitWideRow = () =>
  routeRow({
    permission: "rating.export",
    scope: "unit",
    prepare,
    request: () => ({ query: "?year=2026" }),
    read: readPdf,
    secret: (r: RatedWorld) => r.tag,
    expected: { ...ROUTE_READERS, chairOfOtherUnit: 404 },
  });

export const RATING_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/rating/summary GET": unitWideRow(),
  "/api/rating/unit GET": unitWideRow(),
  "/api/rating/awards GET": unitWideRow(),
  "/api/rating/all GET": unitWideRow(),
  "/api/rating/sheet GET": routeRow({
    permission: "rating.read.own / rating.review.group / rating.read.all / rating.export",
    scope: "own tổ",
    prepare,
    request: (r: RatedWorld) => ({ query: `?year=2026&member=${r.scriptMember.id}&format=docx` }),
    read: readDocx,
    secret: (r: RatedWorld) => r.tag,
    // Another member's phiếu is outside a đoàn viên's scope, and outside the other tổ's.
    expected: {
      ...ROUTE_READERS,
      member: 404,
      leaderSameGroup: "ok",
      leaderOtherGroup: 404,
      chairOfOtherUnit: 404,
    },
  }),
  "/api/rating/minutes GET": routeRow({
    permission: "rating.export / rating.review.group (own tổ)",
    scope: "own tổ",
    prepare,
    request: (_r: RatedWorld, w: World) => ({ query: `?year=2026&group=${w.groupA.id}` }),
    read: readPdf,
    secret: (r: RatedWorld) => r.tag,
    expected: { ...ROUTE_READERS, leaderSameGroup: "ok", leaderOtherGroup: 404, chairOfOtherUnit: 404 },
  }),
};

export const RATING_ROUTES_NOT_COVERED: Record<string, string> = {};
