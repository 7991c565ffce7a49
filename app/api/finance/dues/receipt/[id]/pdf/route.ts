import { paperResponse } from "@/lib/document/issue";
import { receiptNumber } from "@/lib/finance/dues/book-paper";
import { duesReceiptPaperData } from "@/lib/finance/dues/paper-data";
import { createRoute, notFoundResponse } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The phiếu thu đoàn phí of one payment, dated its day: the unit's (BCH), the tổ's (tổ trưởng), one's own. */
export const GET = createRoute(
  {
    name: "finance.dues.receipt.pdf",
    anyOf: ["dues.export", "dues.read.group", "dues.read.own"],
    what: "phiếu thu đoàn phí",
  },
  async (actor, request, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    const data = await duesReceiptPaperData(actor, id);
    if (!data) return notFoundResponse("phiếu thu đoàn phí");
    const params = new URL(request.url).searchParams;
    return paperResponse(actor, [data.paper], params, `phieu-thu-doan-phi-${receiptNumber(data.payment)}`);
  },
);
