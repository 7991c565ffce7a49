// The annual rating rows of the route-handler matrix (see route-matrix-kit.ts and route-matrix.ts).
import type { RouteMatrixRow } from "./route-matrix-kit";

export const RATING_ROUTES: Record<string, RouteMatrixRow> = {};

export const RATING_ROUTES_NOT_COVERED: Record<string, string> = {};
