import { paperResponse } from "@/lib/document/issue";
import { bookScope } from "@/lib/finance/dues/book-scope";
import { duesBookPaperData } from "@/lib/finance/dues/paper-data";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute, notFoundResponse } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sổ theo dõi thu đoàn phí of a year (?year=, ?group= a tổ) as PDF or ?format=docx; a tổ trưởng gets their tổ's. */
export const GET = createRoute(
  { name: "finance.dues.book.pdf", anyOf: ["dues.export", "dues.read.group"], what: "sổ thu đoàn phí" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    const group = bookScope(actor, params.get("group"));
    if (group === "refused") return notFoundResponse("sổ thu đoàn phí");
    const data = await duesBookPaperData(actor.unitId, year, group);
    if (!data) return notFoundResponse("sổ thu đoàn phí");
    return paperResponse(actor, [data.paper], params, `so-thu-doan-phi-${year}`);
  },
);
