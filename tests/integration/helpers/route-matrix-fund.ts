// The fund's rows of the route-handler matrix (see route-matrix-kit.ts): the report, the books and
// a phiếu, each as PDF or Excel. The secret is a category or description only this unit has.
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
import { makeFundCategories, makeFundEntry } from "../../factories/fund";

/** A category of this unit's quy chế with a name no other cell uses, with a phiếu chi in Q2 2026. */
async function namedCategory(w: World) {
  await makeFundCategories(db, w.unit.id);
  const code = `T_${tag()}`;
  const name = `Hỗ trợ Zyxwv${tag().replace(/[0-9]/g, "q")}`;
  await db.fundCategory.create({ data: { unitId: w.unit.id, code, name, direction: "OUT", sortOrder: 80 } });
  const e = await makeFundEntry(db, {
    unitId: w.unit.id,
    code,
    date: "2026-05-05",
    amount: 123_000,
    direction: "OUT",
  });
  await db.fundEntry.update({ where: { id: e.id }, data: { description: name } });
  return { name, entry: e };
}

const QUERY = "?year=2026&quarter=2";

export const FUND_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/finance/report/pdf GET": routeRow({
    permission: "finance.export",
    scope: "unit",
    prepare: namedCategory,
    request: () => ({ query: QUERY }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    // The chair of another unit gets their own unit's report, without this category.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/finance/report/xlsx GET": routeRow({
    permission: "finance.export",
    scope: "unit",
    prepare: namedCategory,
    request: () => ({ query: QUERY }),
    read: readXlsx,
    secret: (f) => f.name,
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/finance/book/pdf GET": routeRow({
    permission: "finance.export",
    scope: "unit",
    prepare: namedCategory,
    request: () => ({ query: `${QUERY}&account=CASH` }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/finance/book/xlsx GET": routeRow({
    permission: "finance.export",
    scope: "unit",
    prepare: namedCategory,
    request: () => ({ query: `${QUERY}&account=CASH` }),
    read: readXlsx,
    secret: (f) => f.name,
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
  "/api/finance/voucher/[id]/pdf GET": routeRow({
    permission: "finance.export",
    scope: "unit",
    prepare: namedCategory,
    request: (f) => ({ params: { id: f.entry.id } }),
    read: readPdf,
    secret: (f) => lastWord(f.name),
    expected: { ...ROUTE_READERS, chairOfOtherUnit: 404 },
  }),
};

export const FUND_ROUTES_NOT_COVERED: Record<string, string> = {};
