import { sheetDoc } from "@/lib/rating/reports/docs/sheet-doc";
import { getMemberSheet } from "@/lib/rating/reports/queries/member-sheet";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One member's phiếu (?year=&member=&format=): one's own, the tổ one leads, or anyone (BCH, UBKT). */
export const GET = reportRoute(
  {
    name: "sheet",
    anyOf: ["rating.read.own", "rating.review.group", "rating.read.all", "rating.export"],
    what: "phiếu đánh giá",
    file: "phieu-danh-gia",
  },
  async (actor, year, params) => {
    const memberId = params.get("member") || actor.memberId;
    const s = memberId ? await getMemberSheet(actor, year, memberId) : null;
    return s ? sheetDoc(s) : null;
  },
);
