import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { unitHeader } from "@/lib/emulation/queries/report";
import { admissionDoc } from "@/lib/members/applications/admission-doc";
import { getAdmission } from "@/lib/members/applications/queries";

export const metadata = { title: "In quyết định kết nạp đoàn viên" };

export default async function PrintAdmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePage("members.read.all");
  const { id } = await params;
  const a = await getAdmission(actor, id);
  if (!a) notFound();
  const h = await unitHeader(actor);
  return (
    <ReportPage
      search={await searchParams}
      doc={admissionDoc(a, h.unit, h.chairName)}
      back="/members/applications"
      api={`/api/members/admissions/${id}`}
    />
  );
}
