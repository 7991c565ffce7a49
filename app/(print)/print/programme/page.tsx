import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { getProgrammePaper } from "@/lib/programme/papers";
import { programmeYearNow } from "@/lib/programme/queries";

export const metadata = { title: "Chương trình công tác" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The same paper as the PDF and the Word file (lib/programme/paper.ts).
export default async function PrintProgrammePage({ searchParams }: Props) {
  const actor = await requirePage("programme.read");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined, await programmeYearNow(actor));
  return (
    <ReportPage
      doc={await getProgrammePaper(actor, year)}
      search={{ ...sp, year: String(year) }}
      back={`/programme?year=${year}`}
      api={`/api/programme/paper?year=${year}`}
      printLabel="In chương trình"
    >
      <a href={`/api/programme/xlsx?year=${year}`} className={buttonClass("secondary")}>
        Tải Excel
      </a>
    </ReportPage>
  );
}
