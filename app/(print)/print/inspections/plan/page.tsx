import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { getPlanPaper } from "@/lib/inspections/papers";

export const metadata = { title: "Kế hoạch kiểm tra" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The same paper as the PDF and the Word file (lib/inspections/plan-paper.ts).
export default async function PrintInspectionPlanPage({ searchParams }: Props) {
  const actor = await requirePage("inspections.read");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  return (
    <ReportPage
      doc={await getPlanPaper(actor, year)}
      search={{ ...sp, year: String(year) }}
      back={`/inspections?year=${year}`}
      api={`/api/inspections/plan?year=${year}`}
      printLabel="In kế hoạch"
    />
  );
}
