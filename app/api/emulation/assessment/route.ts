import { createElement } from "react";
import { getActor } from "@/lib/auth/current-user";
import { AssessmentSheetPdf } from "@/lib/emulation/pdf/assessment-sheet-pdf";
import { getAssessmentSheet } from "@/lib/emulation/queries/assessment-sheet";
import { resolveYear } from "@/lib/emulation/queries/years";
import { renderPdf } from "@/lib/pdf/render";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One member's "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN" as PDF: one's own, the tổ one leads, or any (BCH, UBKT). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập." }, { status: 401 });
  if (!["emulation.self", "emulation.read.group", "emulation.read.all"].some((p) => actor.permissions.has(p as "emulation.self"))) {
    return Response.json({ error: "Bạn không có quyền xem phiếu này." }, { status: 403 });
  }
  const url = new URL(request.url);
  const memberId = url.searchParams.get("member") || actor.memberId;
  const { year } = await resolveYear(actor.unitId, url.searchParams.get("year"));
  const sheet = year && memberId ? await getAssessmentSheet(actor, year.id, memberId) : null;
  // Outside the actor's scope behaves as not found.
  if (!sheet) return Response.json({ error: "Không tìm thấy phiếu, hoặc bạn không có quyền xem." }, { status: 404 });
  try {
    const pdf = await renderPdf(createElement(AssessmentSheetPdf, { sheet }) as never);
    return new Response(pdf as BodyInit, { headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename*=UTF-8''phieu-tu-danh-gia-${year!.year}.pdf`, "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("[emulation.assessment.pdf] failed:", err);
    return Response.json({ error: "Không tạo được tệp PDF. Vui lòng thử lại sau." }, { status: 500 });
  }
}
