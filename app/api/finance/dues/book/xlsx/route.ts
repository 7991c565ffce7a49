import { bookRequest } from "@/lib/finance/dues/book-scope";
import { buildDuesBookWorkbook } from "@/lib/finance/dues/book-xlsx";
import { duesBookPaperData } from "@/lib/finance/dues/paper-data";
import { downloadResponse } from "@/lib/http/download";
import { createRoute, notFoundResponse } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Sổ theo dõi thu đoàn phí as Excel (number cells); a tổ trưởng gets their tổ's. */
export const GET = createRoute(
  { name: "finance.dues.book.xlsx", anyOf: ["dues.export", "dues.read.group"], what: "sổ thu đoàn phí" },
  async (actor, request) => {
    const asked = bookRequest(actor, request);
    if (asked instanceof Response) return asked;
    const { year, group } = asked;
    const data = await duesBookPaperData(actor.unitId, year, group);
    if (!data) return notFoundResponse("sổ thu đoàn phí");
    const body = await buildDuesBookWorkbook(data.book, data.unit);
    return downloadResponse(new Uint8Array(body), `so-thu-doan-phi-${year}`, "xlsx");
  },
);
