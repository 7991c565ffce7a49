import { notFound } from "next/navigation";
import { can, requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { minutesDoc } from "@/lib/rating/reports/docs/minutes-doc";
import { getGroupMinutes } from "@/lib/rating/reports/queries/group-minutes";
import { ReportPage } from "../report-view";

export const metadata = { title: "In biên bản họp tổ bình xét" };

type Props = { searchParams: Promise<Record<string, string>> };

export default async function PrintGroupMinutesPage({ searchParams }: Props) {
  const actor = await requirePage("rating.export", "rating.review.group");
  const sp = await searchParams;
  const year = yearParam(new URLSearchParams(sp));
  const groupId = sp.group || actor.ledGroupIds[0];
  const d = year && groupId ? await getGroupMinutes(actor, year, groupId) : null;
  if (!d) notFound();
  const back = can(actor, "rating.export") ? `/print/rating?year=${year}` : `/rating/groups?year=${year}`;
  return (
    <ReportPage
      search={sp}
      doc={minutesDoc(d)}
      back={back}
      api={`/api/rating/minutes?year=${year}&group=${encodeURIComponent(groupId!)}`}
    />
  );
}
