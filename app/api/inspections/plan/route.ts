import { paperResponse } from "@/lib/document/issue";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { getPlanPaper } from "@/lib/inspections/papers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The UBKT's KẾ HOẠCH KIỂM TRA of a year (?year=2026) as PDF (or ?format=docx), A4 landscape. */
export const GET = createRoute(
  { name: "inspections.plan", anyOf: ["inspections.read"], what: "kế hoạch kiểm tra" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    return paperResponse(actor, [await getPlanPaper(actor, year)], params, `ke-hoach-kiem-tra-${year}`);
  },
);
