// Who may call each route handler of the app, keyed "/api/<path> <METHOD>". route-matrix.test.ts
// discovers every app/api/**/route.ts, fails when an exported method has no row here (or in
// ROUTES_NOT_COVERED), and runs every cell. Each feature keeps its rows in route-matrix-<domain>.ts.
// docs/security.md prints this table (scripts/security-doc.ts).
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { ANNUAL_REPORT_ROUTES, ANNUAL_REPORT_ROUTES_NOT_COVERED } from "./route-matrix-annual-report";
import { DUES_ROUTES, DUES_ROUTES_NOT_COVERED } from "./route-matrix-dues";
import { EMULATION_ROUTES, EMULATION_ROUTES_NOT_COVERED } from "./route-matrix-emulation";
import { FUND_ROUTES, FUND_ROUTES_NOT_COVERED } from "./route-matrix-fund";
import { INSPECTIONS_ROUTES, INSPECTIONS_ROUTES_NOT_COVERED } from "./route-matrix-inspections";
import {
  readXlsx,
  ROUTE_PUBLIC,
  ROUTE_READERS,
  ROUTE_WRITERS,
  routeRow,
  type RouteMatrixRow,
} from "./route-matrix-kit";
import { MEETINGS_ROUTES, MEETINGS_ROUTES_NOT_COVERED } from "./route-matrix-meetings";
import { MEMBERSHIP_ROUTES, MEMBERSHIP_ROUTES_NOT_COVERED } from "./route-matrix-membership";
import { ORG_APPRAISAL_ROUTES } from "./route-matrix-org-appraisal";
import { PROGRAMME_ROUTES, PROGRAMME_ROUTES_NOT_COVERED } from "./route-matrix-programme";
import { RATING_ROUTES, RATING_ROUTES_NOT_COVERED } from "./route-matrix-rating";
import { ROLLUP_ROUTES, ROLLUP_ROUTES_NOT_COVERED } from "./route-matrix-rollup";
import { SUBMISSIONS_ROUTES, SUBMISSIONS_ROUTES_NOT_COVERED } from "./route-matrix-submissions";
import { TRUST_ROUTES, TRUST_ROUTES_NOT_COVERED } from "./route-matrix-trust";
import { WELFARE_ROUTES, WELFARE_ROUTES_NOT_COVERED } from "./route-matrix-welfare";
import { makeMember } from "../../factories/records";

export type { RouteExpected, RouteMatrixRow } from "./route-matrix-kit";

const FOUNDATION_ROUTES_NOT_COVERED: Record<string, string> = {
  "/api/auth/[...nextauth] GET":
    "next-auth's own handler (CSRF token, session, providers); needs its runtime and cookies. Sign-in and sign-out are covered end to end in tests/e2e/login.spec.ts.",
  "/api/auth/[...nextauth] POST":
    "next-auth's own handler (sign-in, sign-out). Covered end to end in tests/e2e/login.spec.ts; the rate limit in auth-rate-limit.test.ts.",
};

const FOUNDATION_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/health GET": routeRow({
    permission: "— (public, no data)",
    scope: "public",
    request: () => ({}),
    read: async (res) => JSON.stringify(await res.json()),
    expected: ROUTE_PUBLIC,
  }),
  "/api/members/export GET": routeRow({
    permission: "members.export",
    scope: "unit",
    // A member of tổ A with a name no other cell uses: in the file of this unit's readers only.
    prepare: (w) =>
      makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: `Trần Thị Xuất ${tag()}` }),
    request: () => ({ query: "?status=all" }),
    read: readXlsx,
    secret: (m) => m.fullName,
    // The chair of another unit gets their own unit's list, without this member.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/groups/options GET": routeRow({
    permission: "members.write",
    scope: "unit",
    request: () => ({}),
    // The tổ a member can be moved to: this unit's for its writers; the other unit's chủ tịch gets theirs.
    secret: (_f, w) => w.groupA.name,
    expected: { ...ROUTE_WRITERS, chairOfOtherUnit: "ok" },
  }),
};

export const ROUTES_NOT_COVERED: Record<string, string> = {
  ...FOUNDATION_ROUTES_NOT_COVERED,
  ...MEETINGS_ROUTES_NOT_COVERED,
  ...WELFARE_ROUTES_NOT_COVERED,
  ...DUES_ROUTES_NOT_COVERED,
  ...FUND_ROUTES_NOT_COVERED,
  ...EMULATION_ROUTES_NOT_COVERED,
  ...RATING_ROUTES_NOT_COVERED,
  ...TRUST_ROUTES_NOT_COVERED,
  ...INSPECTIONS_ROUTES_NOT_COVERED,
  ...ANNUAL_REPORT_ROUTES_NOT_COVERED,
  ...MEMBERSHIP_ROUTES_NOT_COVERED,
  ...PROGRAMME_ROUTES_NOT_COVERED,
  ...SUBMISSIONS_ROUTES_NOT_COVERED,
  ...ROLLUP_ROUTES_NOT_COVERED,
};

export const ROUTE_MATRIX: Record<string, RouteMatrixRow> = {
  ...FOUNDATION_ROUTES,
  ...MEETINGS_ROUTES,
  ...WELFARE_ROUTES,
  ...DUES_ROUTES,
  ...FUND_ROUTES,
  ...EMULATION_ROUTES,
  ...RATING_ROUTES,
  ...TRUST_ROUTES,
  ...INSPECTIONS_ROUTES,
  ...ANNUAL_REPORT_ROUTES,
  ...MEMBERSHIP_ROUTES,
  ...PROGRAMME_ROUTES,
  ...SUBMISSIONS_ROUTES,
  ...ORG_APPRAISAL_ROUTES,
  ...ROLLUP_ROUTES,
};
