import { notFound } from "next/navigation";
import { can, requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { sheetDoc } from "@/lib/rating/reports/docs/sheet-doc";
import { getMemberSheet } from "@/lib/rating/reports/queries/member-sheet";
import { ReportPage } from "../report-view";

export const metadata = { title: "In phiếu đánh giá, xếp loại đoàn viên" };

type Props = { searchParams: Promise<Record<string, string>> };

export default async function PrintRatingSheetPage({ searchParams }: Props) {
  const actor = await requirePage(
    "rating.read.own",
    "rating.review.group",
    "rating.read.all",
    "rating.export",
  );
  const sp = await searchParams;
  const year = yearParam(new URLSearchParams(sp));
  const memberId = sp.member || actor.memberId;
  const s = year && memberId ? await getMemberSheet(actor, year, memberId) : null;
  if (!s) notFound();
  const back = can(actor, "rating.export")
    ? `/print/rating?year=${year}`
    : memberId === actor.memberId
      ? `/me/rating?year=${year}`
      : `/rating/groups?year=${year}`;
  return (
    <ReportPage
      search={sp}
      doc={sheetDoc(s)}
      back={back}
      api={`/api/rating/sheet?year=${year}&member=${encodeURIComponent(memberId!)}`}
    />
  );
}
