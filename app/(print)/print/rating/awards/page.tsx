import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { AWARD_PAPERS, awardPaperParam } from "@/lib/rating/reports/docs/awards-doc";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import { ReportPage } from "../report-view";

export const metadata = { title: "In hồ sơ khen thưởng" };

export default async function PrintAwardsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("rating.export");
  const raw = await searchParams;
  const sp = new URLSearchParams(raw);
  const year = yearParam(sp);
  const paper = awardPaperParam(sp.get("paper"));
  const d = year ? await getAwardsReport(actor, year) : null;
  if (!d) notFound();
  return (
    <ReportPage
      search={raw}
      doc={AWARD_PAPERS[paper].doc(d)}
      back={`/print/rating?year=${year}`}
      api={`/api/rating/awards?year=${year}&paper=${paper}`}
    />
  );
}
