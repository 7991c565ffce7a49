import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { parseYear } from "@/lib/http/params";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import { currentCycleYear } from "@/lib/settings/unit-cycle";

export const metadata = { title: "In báo cáo tổng kết" };

export default async function PrintAnnualReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("reports.annual.read");
  const sp = await searchParams;
  const year = parseYear(sp.year, await currentCycleYear(actor.unitId));
  if (year === null) notFound();
  const { doc } = await loadAnnualPaper(actor, year);
  return (
    <ReportPage
      search={sp}
      doc={doc}
      back={`/reports/annual?year=${year}`}
      api={`/api/reports/annual?year=${year}`}
    />
  );
}
