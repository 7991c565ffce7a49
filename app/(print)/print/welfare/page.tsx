import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { getRegister } from "@/lib/welfare/register";
import { registerPaper } from "@/lib/welfare/register-paper";

export const metadata = { title: "Sổ theo dõi thăm hỏi" };

// The same paper as the PDF and the Word file (lib/welfare/register-paper.ts).
export default async function PrintWelfarePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("welfare.export");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const r = await getRegister(actor, year);
  return (
    <ReportPage
      doc={registerPaper(r)}
      search={{ ...sp, year: String(year) }}
      back={`/welfare/summary?year=${year}`}
      api={`/api/welfare/register/pdf?year=${year}`}
      printLabel="In sổ"
      hint={`${r.summary.count} lượt`}
    >
      <a href={`/api/welfare/register/xlsx?year=${year}`} className={buttonClass("secondary")}>
        Xuất Excel
      </a>
    </ReportPage>
  );
}
