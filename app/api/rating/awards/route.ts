import { awardsDoc } from "@/lib/rating/reports/docs/awards-doc";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" (?year=&format=): BCH, UBKT. */
export const GET = reportRoute(
  {
    name: "awards",
    anyOf: ["rating.export"],
    what: "danh sách đề nghị khen thưởng",
    file: "de-nghi-khen-thuong",
  },
  async (actor, year) => {
    const d = await getAwardsReport(actor, year);
    return d ? awardsDoc(d) : null;
  },
);
