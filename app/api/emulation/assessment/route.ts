import { paperResponse } from "@/lib/document/issue";
import { assessmentSheetPaper } from "@/lib/emulation/pdf/assessment-sheet-paper";
import { getAssessmentSheet } from "@/lib/emulation/queries/assessment-sheet";
import { resolveYear } from "@/lib/emulation/queries/years";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute, notFoundResponse } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One member's "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN" as PDF (or ?format=docx): one's own, the tổ one leads, or any (BCH, UBKT). */
export const GET = createRoute(
  {
    name: "emulation.assessment",
    anyOf: ["emulation.self", "emulation.read.group", "emulation.read.all"],
    what: "phiếu tự đánh giá",
  },
  async (actor, request) => {
    const url = new URL(request.url);
    const memberId = url.searchParams.get("member") || actor.memberId;
    // No ?year= is this year's campaign, else the latest; one it cannot read is a 400.
    const asked = url.searchParams.get("year") ? yearParam(url.searchParams) : undefined;
    if (asked === null) return badYear();
    const { year } = await resolveYear(actor.unitId, asked);
    const sheet = year && memberId ? await getAssessmentSheet(actor, year.id, memberId) : null;
    // Outside the actor's scope behaves as not found.
    if (!year || !sheet) return notFoundResponse("phiếu");
    return paperResponse(
      actor,
      [assessmentSheetPaper(sheet)],
      url.searchParams,
      `phieu-tu-danh-gia-${year.year}`,
    );
  },
);
