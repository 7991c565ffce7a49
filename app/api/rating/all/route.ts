import { getAllReports } from "@/lib/rating/reports/queries/all-reports";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every rating report of the year in one PDF (?year=): the chủ tịch's one click. BCH, UBKT. */
export const GET = reportRoute(
  {
    name: "all",
    anyOf: ["rating.export"],
    what: "bộ báo cáo xếp loại",
    file: "bao-cao-xep-loai",
    docx: false,
  },
  (actor, year) => getAllReports(actor, year),
);
