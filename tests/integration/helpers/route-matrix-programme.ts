// The programme's rows of the route-handler matrix (see route-matrix-kit.ts): every member of the
// unit reads the chương trình công tác (programme.read), as a paper and as Excel.
import { makeProgrammeItem } from "./matrix-programme";
import { readPdf, readXlsx, ROUTE_SELF, routeRow, type RouteMatrixRow } from "./route-matrix-kit";
import { THIS_YEAR } from "../../support/today";

const secretItem = makeProgrammeItem;
const lastWord = (title: string) => title.split(/\s+/).pop()!;

export const PROGRAMME_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/programme/paper GET": routeRow({
    permission: "programme.read",
    scope: "unit",
    prepare: (w) => secretItem(w),
    request: () => ({ query: `?year=${THIS_YEAR}` }),
    read: readPdf,
    secret: (i) => lastWord(i.title),
    // Another unit's chair gets their own unit's programme, without this item.
    expected: { ...ROUTE_SELF, chairOfOtherUnit: "ok" },
  }),
  "/api/programme/xlsx GET": routeRow({
    permission: "programme.read",
    scope: "unit",
    prepare: (w) => secretItem(w),
    request: () => ({ query: `?year=${THIS_YEAR}` }),
    read: readXlsx,
    secret: (i) => lastWord(i.title),
    expected: { ...ROUTE_SELF, chairOfOtherUnit: "ok" },
  }),
};

export const PROGRAMME_ROUTES_NOT_COVERED: Record<string, string> = {};
