import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { bookPaperData } from "@/lib/finance/fund/paper-data";
import { quarterParam } from "@/lib/finance/fund/schema";
import { pageYear } from "@/lib/http/params";

export const metadata = { title: "Sổ quỹ" };

export default async function PrintFundBookPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("finance.export");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const quarter = quarterParam(typeof sp.quarter === "string" ? sp.quarter : null);
  const account = sp.account === "BANK" ? "BANK" : "CASH";
  const q = `year=${year}&account=${account}${quarter ? `&quarter=${quarter}` : ""}`;
  const { paper, book } = await bookPaperData(actor.unitId, account, year, quarter);
  return (
    <ReportPage
      doc={paper}
      search={{ ...sp, year: String(year) }}
      back={`/finance/books?${q}`}
      api={`/api/finance/book/pdf?${q}`}
      printLabel="In sổ"
      hint={`${book.rows.length} phiếu`}
    >
      <a href={`/api/finance/book/xlsx?${q}`} className={buttonClass("secondary")}>
        Xuất Excel
      </a>
    </ReportPage>
  );
}
