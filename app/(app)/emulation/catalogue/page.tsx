import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { ELIGIBILITY_LABELS, TITLE_SCOPE_LABELS } from "@/lib/emulation/labels";
import { getCatalogue } from "@/lib/emulation/queries/catalogue";
import { ArchiveButton, CatalogueItemButton } from "./catalogue-item-form";

export const metadata: Metadata = { title: "Danh mục thi đua" };

export default async function CataloguePage() {
  const actor = await requirePage("emulation.read.all");
  const c = await getCatalogue(actor.unitId, { archived: true });
  const manage = can(actor, "emulation.manage");
  const sections = [
    {
      kind: "movement" as const,
      title: "Phong trào thi đua",
      items: c.movements.map((m) => ({ ...m, meta: [ELIGIBILITY_LABELS[m.eligibility]] })),
    },
    {
      kind: "title" as const,
      title: "Danh hiệu thi đua",
      items: c.titles.map((t) => ({
        ...t,
        meta: [TITLE_SCOPE_LABELS[t.scope], `Cấp: ${t.level}`, ELIGIBILITY_LABELS[t.eligibility]],
      })),
    },
    {
      kind: "commendation" as const,
      title: "Hình thức khen thưởng",
      items: c.commendations.map((x) => ({ ...x, meta: [`Cấp: ${x.level}`] })),
    },
  ];
  return (
    <>
      <PageHeader
        title="Danh mục thi đua"
        subtitle="Phong trào, danh hiệu và hình thức khen thưởng của đơn vị"
        actions={
          <Link href="/emulation" className={buttonClass("secondary")}>
            ← Thi đua
          </Link>
        }
      />
      <div className="flex max-w-4xl flex-col gap-4">
        {sections.map((s) => (
          <Card key={s.kind} title={s.title} actions={manage && <CatalogueItemButton kind={s.kind} />}>
            <ul className="divide-y divide-surface-line">
              {s.items.map((i) => (
                <li
                  key={i.id}
                  className={`flex flex-wrap items-center gap-2 py-2 text-sm ${i.archivedAt ? "opacity-60" : ""}`}
                >
                  <span className="mr-auto font-medium">{i.name}</span>
                  {i.meta.map((m) => (
                    <Badge key={m}>{m}</Badge>
                  ))}
                  {i.archivedAt && <Badge tone="amber">Đã lưu trữ</Badge>}
                  {manage && <CatalogueItemButton kind={s.kind} item={i} />}
                  {manage && (
                    <ArchiveButton kind={s.kind} id={i.id} name={i.name} archived={!!i.archivedAt} />
                  )}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
