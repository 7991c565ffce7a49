import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { voucherPaperData } from "@/lib/finance/fund/paper-data";

export const metadata = { title: "Phiếu thu, chi" };

export default async function PrintFundVoucherPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("finance.export");
  const { id } = await params;
  const data = await voucherPaperData(actor.unitId, id);
  if (!data) notFound();
  return (
    <ReportPage
      doc={data.paper}
      search={await searchParams}
      back={`/finance/entries?year=${data.entry.voucherYear}`}
      api={`/api/finance/voucher/${id}/pdf`}
      printLabel="In phiếu"
    />
  );
}
