import { paperResponse } from "@/lib/document/issue";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { getReportPaper } from "@/lib/inspections/papers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The UBKT's BÁO CÁO of a year (?year=2026) as PDF (or ?format=docx): inspections, findings, follow-up. */
export const GET = createRoute(
  { name: "inspections.report", anyOf: ["inspections.read"], what: "báo cáo của UBKT" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    return paperResponse(actor, [await getReportPaper(actor, year)], params, `bao-cao-kiem-tra-${year}`);
  },
);
