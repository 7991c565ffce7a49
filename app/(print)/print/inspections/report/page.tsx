import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { getReportPaper } from "@/lib/inspections/papers";

export const metadata = { title: "Báo cáo công tác kiểm tra" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The same paper as the PDF and the Word file (lib/inspections/report-paper.ts).
export default async function PrintInspectionReportPage({ searchParams }: Props) {
  const actor = await requirePage("inspections.read");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  return (
    <ReportPage
      doc={await getReportPaper(actor, year)}
      search={{ ...sp, year: String(year) }}
      back={`/inspections?year=${year}`}
      api={`/api/inspections/report?year=${year}`}
      printLabel="In báo cáo"
    />
  );
}
