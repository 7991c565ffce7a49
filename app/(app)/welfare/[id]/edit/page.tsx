import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { VisitForm } from "@/components/welfare/visit-form";
import { requirePage } from "@/lib/auth/current-user";
import { getVisit } from "@/lib/welfare/queries";
import { isEditable } from "@/lib/welfare/service";
import { visitTitle } from "@/lib/welfare/title";
import { loadVisitFormOptions, visitToForm } from "@/lib/welfare/visits/form-data";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await visitTitle((await params).id);
  return { title: t ? `Sửa: ${t}` : "Sửa thăm hỏi" };
}

export default async function EditVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("welfare.record");
  const { id } = await params;
  const visit = await getVisit(actor, id);
  if (!visit || !isEditable(visit.state)) notFound();
  const options = await loadVisitFormOptions(actor);
  // The member of a visit does not change; a visit for the wrong person is cancelled instead.
  const members = [{ id: visit.member.id, fullName: visit.member.fullName, group: visit.member.group }];
  return (
    <>
      <PageHeader
        title="Sửa thăm hỏi"
        subtitle={visit.member.fullName}
        actions={
          <Link href={`/welfare/${id}`} className="text-sm text-brand-700 underline">
            ← Chi tiết
          </Link>
        }
      />
      <Card>
        <VisitForm visitId={id} initial={visitToForm(visit)} {...options} members={members} />
      </Card>
    </>
  );
}
