import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { assessmentSheetPaper } from "@/lib/emulation/pdf/assessment-sheet-paper";
import { getAssessmentSheet } from "@/lib/emulation/queries/assessment-sheet";
import { resolveYear } from "@/lib/emulation/queries/years";
import { pageYear } from "@/lib/http/params";

export const metadata = { title: "In phiếu tự đánh giá" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The same paper as the PDF and the Word file (lib/emulation/pdf/assessment-sheet-paper.ts).
export default async function PrintAssessmentPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.self", "emulation.read.group", "emulation.read.all");
  const sp = await searchParams;
  const member = typeof sp.member === "string" ? sp.member : undefined;
  const memberId = member || actor.memberId;
  const { year } = await resolveYear(
    actor.unitId,
    typeof sp.year === "string" && sp.year ? pageYear(sp.year) : null,
  );
  if (!year || !memberId) notFound();
  const s = await getAssessmentSheet(actor, year.id, memberId);
  if (!s) notFound();
  const q = `year=${year.year}&member=${memberId}`;
  return (
    <ReportPage
      doc={assessmentSheetPaper(s)}
      search={{ ...sp, year: String(year.year), member: memberId }}
      back={
        memberId === actor.memberId
          ? `/me/emulation/assessment?year=${year.year}`
          : `/emulation?year=${year.year}`
      }
      api={`/api/emulation/assessment?${q}`}
      printLabel="In phiếu"
    />
  );
}
