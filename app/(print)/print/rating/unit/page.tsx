import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { unitDoc } from "@/lib/rating/reports/docs/unit-doc";
import { getUnitReport } from "@/lib/rating/reports/queries/unit-report";
import { ReportPage } from "../report-view";

export const metadata = { title: "In báo cáo xếp loại CĐCS" };

export default async function PrintUnitRatingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("rating.export");
  const sp = await searchParams;
  const year = yearParam(new URLSearchParams(sp));
  const d = year ? await getUnitReport(actor, year) : null;
  if (!d) notFound();
  return (
    <ReportPage
      search={sp}
      doc={unitDoc(d)}
      back={`/print/rating?year=${year}`}
      api={`/api/rating/unit?year=${year}`}
    />
  );
}
