import { summaryDoc } from "@/lib/rating/reports/docs/summary-doc";
import { getRatingSummary } from "@/lib/rating/reports/queries/summary";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM …" (?year=&format=pdf|docx): BCH, UBKT. */
export const GET = reportRoute(
  { name: "summary", anyOf: ["rating.export"], what: "bản tổng hợp xếp loại", file: "tong-hop-xep-loai" },
  async (actor, year) => {
    const s = await getRatingSummary(actor, year);
    return s ? summaryDoc(s) : null;
  },
);
