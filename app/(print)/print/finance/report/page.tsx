import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { reportPaperData } from "@/lib/finance/fund/paper-data";
import { quarterParam } from "@/lib/finance/fund/schema";
import { pageYear } from "@/lib/http/params";

export const metadata = { title: "Báo cáo thu, chi tài chính" };

// The same paper as the PDF and the Word file (lib/finance/fund/papers.ts).
export default async function PrintFundReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("finance.export");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const quarter = quarterParam(typeof sp.quarter === "string" ? sp.quarter : null);
  const q = `year=${year}${quarter ? `&quarter=${quarter}` : ""}`;
  const { paper } = await reportPaperData(actor.unitId, year, quarter);
  return (
    <ReportPage
      doc={paper}
      search={{ ...sp, year: String(year) }}
      back={`/finance?year=${year}`}
      api={`/api/finance/report/pdf?${q}`}
      printLabel="In báo cáo"
    >
      <a href={`/api/finance/report/xlsx?${q}`} className={buttonClass("secondary")}>
        Xuất Excel
      </a>
    </ReportPage>
  );
}
