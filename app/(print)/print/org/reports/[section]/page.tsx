import { notFound } from "next/navigation";
import { PrintDocument } from "@/components/print-document";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { pageYear } from "@/lib/http/params";
import { UNIT_HEADER_SELECT, unitHeader } from "@/lib/org/printed-parent";
import { rollupDoc } from "@/lib/org/rollup/doc";
import { loadRollup } from "@/lib/org/rollup/load";
import { isSection } from "@/lib/org/rollup/table";

export const metadata = { title: "In báo cáo tổng hợp" };

type Props = {
  params: Promise<{ section: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PrintOrgReportPage({ params, searchParams }: Props) {
  const actor = await requirePage("org.rollup.read");
  const { section } = await params;
  if (!isSection(section)) notFound();
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const [table, upper] = await Promise.all([
    loadRollup(actor, section, year),
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: UNIT_HEADER_SELECT }),
  ]);
  const q = `year=${year}`;
  return (
    <>
      <PrintToolbar backHref={`/org/reports?${q}&section=${section}`} printLabel="In" hint="Khổ A4 ngang">
        <a href={`/api/org/reports/${section}/xlsx?${q}`} className={buttonClass("secondary")}>
          Tải Excel
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <PrintDocument doc={rollupDoc(table, unitHeader(upper))} />
      </div>
    </>
  );
}
