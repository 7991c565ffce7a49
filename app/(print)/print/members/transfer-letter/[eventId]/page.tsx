import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { transferLetterDoc } from "@/lib/members/transfer-letter/doc";
import { getTransferLetter } from "@/lib/members/transfer-letter/query";

export const metadata = { title: "In giấy giới thiệu chuyển sinh hoạt" };

export default async function PrintTransferLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ eventId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("members.export");
  const { eventId } = await params;
  const t = await getTransferLetter(actor, eventId);
  if (!t) notFound();
  return (
    <ReportPage
      search={await searchParams}
      doc={transferLetterDoc(t)}
      back={`/members/${t.member.id}`}
      api={`/api/members/transfer-letter/${eventId}`}
    />
  );
}
