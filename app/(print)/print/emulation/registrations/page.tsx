import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { registrationsPaper } from "@/lib/emulation/pdf/registrations-paper";
import { getRegistrationReport } from "@/lib/emulation/queries/report";
import { pageYear } from "@/lib/http/params";

export const metadata = { title: "In bản đăng ký thi đua" };

// The same paper as the PDF and the Word file (lib/emulation/pdf/registrations-paper.ts).
export default async function PrintRegistrationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("emulation.export");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const r = await getRegistrationReport(actor, year);
  if (!r) notFound();
  return (
    <ReportPage
      doc={registrationsPaper(r)}
      search={{ ...sp, year: String(year) }}
      back={`/emulation?year=${year}`}
      api={`/api/emulation/registrations?year=${year}`}
      printLabel="In bản đăng ký"
      hint={`${r.members.length} đoàn viên`}
    >
      <a href={`/api/emulation/registrations?year=${year}&format=xlsx`} className={buttonClass("secondary")}>
        Xuất Excel
      </a>
    </ReportPage>
  );
}
