import { paperResponse } from "@/lib/document/issue";
import { createRoute, notFoundResponse } from "@/lib/http/route";
import { transferLetterDoc } from "@/lib/members/transfer-letter/doc";
import { getTransferLetter } from "@/lib/members/transfer-letter/query";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ eventId: string }> };

/** "GIẤY GIỚI THIỆU chuyển sinh hoạt công đoàn" of a chuyển sinh hoạt đi event (?format=pdf|docx). */
export const GET = createRoute<Ctx>(
  { name: "members.transfer-letter", anyOf: ["members.export"], what: "giấy giới thiệu" },
  async (actor, request, ctx) => {
    const { eventId } = await ctx.params;
    const t = await getTransferLetter(actor, eventId);
    if (!t) return notFoundResponse("giấy giới thiệu");
    return paperResponse(actor, [transferLetterDoc(t)], new URL(request.url).searchParams, "giay-gioi-thieu");
  },
);
