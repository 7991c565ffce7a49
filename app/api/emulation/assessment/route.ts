import { createElement } from "react";
import { AssessmentSheetPdf } from "@/lib/emulation/pdf/assessment-sheet-pdf";
import { getAssessmentSheet } from "@/lib/emulation/queries/assessment-sheet";
import { resolveYear } from "@/lib/emulation/queries/years";
import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute, notFoundResponse } from "@/lib/http/route";
import { renderPdf } from "@/lib/pdf/render";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One member's "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN" as PDF: one's own, the tổ one leads, or any (BCH, UBKT). */
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
    const pdf = await renderPdf(createElement(AssessmentSheetPdf, { sheet }) as never);
    return downloadResponse(pdf, `phieu-tu-danh-gia-${year.year}`, "pdf", { inline: true });
  },
);
