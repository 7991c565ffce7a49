import { getActor } from "@/lib/auth/current-user";
import { downloadResponse } from "@/lib/http/download";
import { getMinutesDocument } from "@/lib/meetings/minutes-document";
import { buildMinutesDocx } from "@/lib/meetings/minutes-docx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The biên bản as Word (.docx), with the same checks and content as the PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "Bạn cần đăng nhập để tải biên bản." }, { status: 401 });
  if (!["meetings.read.all", "meetings.read.group", "meetings.read.own"].some((p) => actor.permissions.has(p as never))) {
    return Response.json({ error: "Bạn không có quyền xem biên bản." }, { status: 403 });
  }
  const doc = await getMinutesDocument(actor, (await params).id);
  if (!doc) return Response.json({ error: "Không tìm thấy biên bản, hoặc bạn không có quyền xem." }, { status: 404 });
  try {
    const body = await buildMinutesDocx(doc);
    return downloadResponse(body, `bien-ban-${doc.number.replace("/", "-").replace("Đ", "D")}`, "docx");
  } catch (err) {
    console.error("[meetings.docx] failed:", err);
    return Response.json({ error: "Không tạo được tệp Word. Vui lòng thử lại sau." }, { status: 500 });
  }
}
