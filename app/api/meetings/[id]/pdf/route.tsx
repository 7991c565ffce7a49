import { getActor } from "@/lib/auth/current-user";
import { downloadResponse } from "@/lib/http/download";
import { getMinutesDocument } from "@/lib/meetings/minutes-document";
import { MinutesPdf } from "@/lib/meetings/minutes-pdf";
import { renderPdf } from "@/lib/pdf/render";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The biên bản as PDF: whoever may read the minutes (a draft only the BCH, chủ trì, thư ký). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập để tải biên bản." }, { status: 401 });
  if (!["meetings.read.all", "meetings.read.group", "meetings.read.own"].some((p) => actor.permissions.has(p as never))) {
    return Response.json({ error: "Bạn không có quyền xem biên bản." }, { status: 403 });
  }
  const doc = await getMinutesDocument(actor, (await params).id);
  if (!doc) return Response.json({ error: "Không tìm thấy biên bản, hoặc bạn không có quyền xem." }, { status: 404 });
  try {
    const body = await renderPdf(<MinutesPdf doc={doc} />);
    return downloadResponse(body, `bien-ban-${doc.number.replace("/", "-").replace("Đ", "D")}`, "pdf");
  } catch (err) {
    console.error("[meetings.pdf] failed:", err);
    return Response.json({ error: "Không tạo được tệp PDF. Vui lòng thử lại sau." }, { status: 500 });
  }
}
