import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { cardListDoc } from "@/lib/members/cards/list-doc";
import { cardPeriod } from "@/lib/members/cards/period";
import { cardListReport } from "@/lib/members/cards/queries";

export const metadata = { title: "In danh sách đề nghị cấp thẻ đoàn viên" };

export default async function PrintCardListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("members.export");
  const sp = await searchParams;
  const { from, to } = cardPeriod(new URLSearchParams(sp), clock.todayIso());
  const q = `from=${from}&to=${to}`;
  return (
    <ReportPage
      search={sp}
      doc={cardListDoc(await cardListReport(actor, from, to))}
      back={`/members/cards?${q}`}
      api={`/api/members/cards?${q}`}
    >
      <a href={`/api/members/cards?${q}&format=xlsx`} className={buttonClass("secondary")}>
        Tải Excel
      </a>
    </ReportPage>
  );
}
