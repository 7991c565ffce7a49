import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { awardsDoc } from "@/lib/rating/reports/docs/awards-doc";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import { ReportPage } from "../report-view";

export const metadata = { title: "In danh sách đề nghị khen thưởng" };

export default async function PrintAwardsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("rating.export");
  const sp = await searchParams;
  const year = yearParam(new URLSearchParams(sp));
  const d = year ? await getAwardsReport(actor, year) : null;
  if (!d) notFound();
  return (
    <ReportPage
      search={sp}
      doc={awardsDoc(d)}
      back={`/print/rating?year=${year}`}
      api={`/api/rating/awards?year=${year}`}
    />
  );
}
