import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { bookScope } from "@/lib/finance/dues/book-scope";
import { duesBookPaperData } from "@/lib/finance/dues/paper-data";
import { pageYear } from "@/lib/http/params";

export const metadata = { title: "Sổ theo dõi thu đoàn phí" };

// The same paper as the PDF and the Word file (lib/finance/dues/book-paper.ts). A tổ trưởng gets
// their own tổ's sổ; another tổ is not found.
export default async function PrintDuesBookPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("dues.export", "dues.read.group");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const group = bookScope(actor, typeof sp.group === "string" ? sp.group : null);
  if (group === "refused") notFound();
  const data = await duesBookPaperData(actor.unitId, year, group, { forPage: true });
  if (!data) notFound();
  const q = `year=${year}${group ? `&group=${group}` : ""}`;
  return (
    <ReportPage
      doc={data.paper}
      search={{ ...sp, year: String(year) }}
      back={group && !sp.group ? `/finance/dues/group` : `/finance/dues`}
      api={`/api/finance/dues/book/pdf?${q}`}
      printLabel="In sổ"
      hint={
        data.subtotalsOnly
          ? `${data.book.memberCount} đoàn viên: trang này chỉ hiện số cộng từng tổ; tải PDF hoặc Excel để có đủ từng người.`
          : `${data.book.memberCount} đoàn viên`
      }
    >
      <a href={`/api/finance/dues/book/xlsx?${q}`} className={buttonClass("secondary")}>
        Xuất Excel
      </a>
    </ReportPage>
  );
}
