import { paperResponse } from "@/lib/document/issue";
import { unitHeader } from "@/lib/emulation/queries/report";
import { createRoute, notFoundResponse } from "@/lib/http/route";
import { admissionDoc } from "@/lib/members/applications/admission-doc";
import { getAdmission } from "@/lib/members/applications/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** "QUYẾT ĐỊNH Về việc kết nạp đoàn viên công đoàn" (?format=pdf|docx): BCH, UBKT. */
export const GET = createRoute<Ctx>(
  { name: "members.admission", anyOf: ["members.read.all"], what: "quyết định kết nạp" },
  async (actor, request, ctx) => {
    const { id } = await ctx.params;
    const a = await getAdmission(actor, id);
    if (!a) return notFoundResponse("quyết định kết nạp");
    const h = await unitHeader(actor);
    const params = new URL(request.url).searchParams;
    return paperResponse(actor, [admissionDoc(a, h.unit, h.chairName)], params, "quyet-dinh-ket-nap");
  },
);
