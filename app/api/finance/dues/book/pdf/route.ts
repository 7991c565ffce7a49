import { paperResponse } from "@/lib/document/issue";
import { bookRequest } from "@/lib/finance/dues/book-scope";
import { duesBookPaperData } from "@/lib/finance/dues/paper-data";
import { createRoute, notFoundResponse } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sổ theo dõi thu đoàn phí of a year (?year=, ?group= a tổ) as PDF or ?format=docx; a tổ trưởng gets their tổ's. */
export const GET = createRoute(
  { name: "finance.dues.book.pdf", anyOf: ["dues.export", "dues.read.group"], what: "sổ thu đoàn phí" },
  async (actor, request) => {
    const asked = bookRequest(actor, request);
    if (asked instanceof Response) return asked;
    const { params, year, group } = asked;
    const data = await duesBookPaperData(actor.unitId, year, group);
    if (!data) return notFoundResponse("sổ thu đoàn phí");
    return paperResponse(actor, [data.paper], params, `so-thu-doan-phi-${year}`);
  },
);
