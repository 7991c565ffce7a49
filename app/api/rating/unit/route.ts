import { unitDoc } from "@/lib/rating/reports/docs/unit-doc";
import { getUnitReport } from "@/lib/rating/reports/queries/unit-report";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** "BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG HOẠT ĐỘNG CĐCS NĂM …" (?year=&format=): BCH, UBKT. */
export const GET = reportRoute(
  { name: "unit", anyOf: ["rating.export"], what: "báo cáo xếp loại CĐCS", file: "bao-cao-xep-loai-cdcs" },
  async (actor, year) => {
    const d = await getUnitReport(actor, year);
    return d ? unitDoc(d) : null;
  },
);
