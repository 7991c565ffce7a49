import { paperResponse } from "@/lib/document/issue";
import { voucherPaperData } from "@/lib/finance/fund/paper-data";
import { createRoute, notFoundResponse } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A phiếu thu / phiếu chi as PDF (or ?format=docx), dated its own day. */
export const GET = createRoute(
  { name: "finance.voucher.pdf", anyOf: ["finance.export"], what: "phiếu thu, chi" },
  async (actor, request, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    const data = await voucherPaperData(actor.unitId, id);
    if (!data) return notFoundResponse("phiếu thu, chi");
    const params = new URL(request.url).searchParams;
    return paperResponse(
      actor,
      [data.paper],
      params,
      `phieu-${data.entry.voucherNo}-${data.entry.voucherYear}`,
    );
  },
);
