import { paperResponse } from "@/lib/document/issue";
import { bookPaperData } from "@/lib/finance/fund/paper-data";
import { quarterParam } from "@/lib/finance/fund/schema";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sổ quỹ tiền mặt (?account=CASH) or sổ tiền gửi (?account=BANK) of a year or quarter, as PDF or DOCX. */
export const GET = createRoute(
  { name: "finance.book.pdf", anyOf: ["finance.export"], what: "sổ quỹ" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    const account = params.get("account") === "BANK" ? "BANK" : "CASH";
    const { paper } = await bookPaperData(actor.unitId, account, year, quarterParam(params.get("quarter")));
    return paperResponse(
      actor,
      [paper],
      params,
      `${account === "CASH" ? "so-quy-tien-mat" : "so-tien-gui"}-${year}`,
    );
  },
);
