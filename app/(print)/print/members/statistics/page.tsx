import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { statisticsDoc } from "@/lib/members/statistics/doc";
import { loadStatistics } from "@/lib/members/statistics/load";
import { periodQuery } from "@/lib/members/statistics/period";

export const metadata = { title: "In báo cáo thống kê, biến động đoàn viên" };

export default async function PrintStatisticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("members.export");
  const sp = await searchParams;
  const report = await loadStatistics(actor, new URLSearchParams(sp));
  if ("error" in report) notFound();
  const q = periodQuery(report.period);
  return (
    <ReportPage
      search={sp}
      doc={statisticsDoc(report)}
      back={`/members/statistics?${q}`}
      api={`/api/members/statistics?${q}`}
    >
      <a href={`/api/members/statistics?${q}&format=xlsx`} className={buttonClass("secondary")}>
        Tải Excel
      </a>
    </ReportPage>
  );
}
