import { paperResponse } from "@/lib/document/issue";
import { createRoute } from "@/lib/http/route";
import { getRecordPaper } from "@/lib/inspections/papers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** The BIÊN BẢN KIỂM TRA of one inspection as PDF (or ?format=docx): the UBKT and the BCH. */
export const GET = createRoute<Ctx>(
  { name: "inspections.record", anyOf: ["inspections.read"], what: "biên bản kiểm tra" },
  async (actor, request, { params }) => {
    const { paper } = await getRecordPaper(actor, (await params).id);
    return paperResponse(actor, [paper], new URL(request.url).searchParams, "bien-ban-kiem-tra");
  },
);
