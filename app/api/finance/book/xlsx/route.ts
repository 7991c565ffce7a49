import { bookPaperData } from "@/lib/finance/fund/paper-data";
import { quarterParam } from "@/lib/finance/fund/schema";
import { buildBookWorkbook } from "@/lib/finance/fund/xlsx";
import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sổ quỹ tiền mặt / sổ tiền gửi as Excel. */
export const GET = createRoute(
  { name: "finance.book.xlsx", anyOf: ["finance.export"], what: "sổ quỹ" },
  async (actor, request) => {
    const params = new URL(request.url).searchParams;
    const year = yearParam(params);
    if (year === null) return badYear();
    const account = params.get("account") === "BANK" ? "BANK" : "CASH";
    const { book, unit, period } = await bookPaperData(
      actor.unitId,
      account,
      year,
      quarterParam(params.get("quarter")),
    );
    const body = await buildBookWorkbook(book, unit, period.label);
    return downloadResponse(
      new Uint8Array(body),
      `${account === "CASH" ? "so-quy-tien-mat" : "so-tien-gui"}-${year}`,
      "xlsx",
    );
  },
);
