import { notFound } from "next/navigation";
import { ReportPage } from "@/components/print-document";
import { requirePage } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { getDecisionPaper } from "@/lib/org/awards/paper";

export const metadata = { title: "Quyết định khen thưởng" };

type Props = {
  params: Promise<{ decisionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The same paper as the PDF and the Word file (lib/org/awards/decision-doc.ts).
export default async function PrintAwardDecisionPage({ params, searchParams }: Props) {
  const actor = await requirePage("org.submissions.read");
  const { decisionId } = await params;
  const r = await getDecisionPaper(actor, decisionId).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <ReportPage
      doc={r.paper}
      search={await searchParams}
      back={`/org/awards?year=${r.decision.year}`}
      api={`/api/org/awards/${decisionId}`}
      printLabel="In quyết định"
    />
  );
}
