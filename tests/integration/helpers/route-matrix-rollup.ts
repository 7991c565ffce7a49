// The roll-up's rows of the route-handler matrix (decision 0088): only the cấp trên's roles read
// it (org.rollup.read); every CĐCS role, its chủ tịch included, is refused. The upper chủ tịch's
// file names the world's CĐCS (its subtree); nobody else's response does.
import { readXlsx, ROUTE_UPPER, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import { THIS_YEAR } from "../../support/today";

export const ROLLUP_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/org/reports/[section]/xlsx GET": routeRow({
    permission: "org.rollup.read",
    scope: "unit",
    request: () => ({ params: { section: "members" }, query: `?year=${THIS_YEAR}` }),
    read: readXlsx,
    secret: (_f, w) => w.unit.name,
    expected: ROUTE_UPPER,
  }),
};

export const ROLLUP_ROUTES_NOT_COVERED: Record<string, string> = {};
