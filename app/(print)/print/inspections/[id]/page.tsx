import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { getRecordPaper } from "@/lib/inspections/papers";

export const metadata = { title: "Biên bản kiểm tra" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The same paper as the PDF and the Word file (lib/inspections/record-paper.ts).
export default async function PrintInspectionRecordPage({ params, searchParams }: Props) {
  const actor = await requirePage("inspections.read");
  const { id } = await params;
  const r = await getRecordPaper(actor, id).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <ReportPage
      doc={r.paper}
      search={await searchParams}
      back={`/inspections/${id}`}
      api={`/api/inspections/${id}/record`}
      printLabel="In biên bản"
    />
  );
}
