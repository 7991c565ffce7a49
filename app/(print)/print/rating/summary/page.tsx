import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { summaryDoc } from "@/lib/rating/reports/docs/summary-doc";
import { getRatingSummary } from "@/lib/rating/reports/queries/summary";
import { ReportPage } from "../report-view";

export const metadata = { title: "In tổng hợp xếp loại đoàn viên" };

export default async function PrintRatingSummaryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("rating.export");
  const sp = await searchParams;
  const year = yearParam(new URLSearchParams(sp));
  const s = year ? await getRatingSummary(actor, year) : null;
  if (!s) notFound();
  return (
    <ReportPage
      search={sp}
      doc={summaryDoc(s)}
      back={`/print/rating?year=${year}`}
      api={`/api/rating/summary?year=${year}`}
    />
  );
}
