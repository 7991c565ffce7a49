import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { VisitForm } from "@/components/welfare/visit-form";
import { can, requirePage } from "@/lib/auth/current-user";
import { emptyVisitForm, loadVisitFormOptions } from "@/lib/welfare/visits/form-data";

export const metadata: Metadata = { title: "Đề xuất thăm hỏi" };

export default async function NewVisitPage({ searchParams }: { searchParams: Promise<{ member?: string }> }) {
  const actor = await requirePage("welfare.propose");
  const options = await loadVisitFormOptions(actor);
  const { member } = await searchParams;
  const preset = options.members.some((m) => m.id === member) ? member : "";
  return (
    <>
      <PageHeader
        title="Đề xuất thăm hỏi"
        subtitle={
          can(actor, "welfare.record")
            ? "Đề xuất cho đoàn viên trong đơn vị; chủ tịch hoặc phó chủ tịch duyệt."
            : "Bạn đề xuất cho đoàn viên trong tổ của mình; chủ tịch hoặc phó chủ tịch duyệt."
        }
        actions={
          <Link href="/welfare" className="text-sm text-brand-700 underline">
            ← Danh sách
          </Link>
        }
      />
      <Card>
        <VisitForm initial={emptyVisitForm(preset)} {...options} />
      </Card>
    </>
  );
}
