import { paperResponse } from "@/lib/document/issue";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import { currentCycleYear } from "@/lib/settings/unit-cycle";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The báo cáo tổng kết of a cycle year (?year=; ?format=pdf|docx), figures computed now. */
export const GET = createRoute(
  { name: "reports.annual", anyOf: ["reports.annual.read"], what: "báo cáo tổng kết" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params, await currentCycleYear(actor.unitId));
    if (year === null) return badYear();
    const { doc } = await loadAnnualPaper(actor, year);
    return paperResponse(actor, [doc], params, `bao-cao-tong-ket-${year}`);
  },
);
