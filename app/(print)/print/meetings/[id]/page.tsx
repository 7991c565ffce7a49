import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintDocument } from "@/components/print-document";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { getMinutesDocument } from "@/lib/meetings/minutes/minutes-document";
import { minutesPaper } from "@/lib/meetings/minutes/minutes-paper";
import { meetingTitle } from "@/lib/meetings/title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await meetingTitle((await params).id);
  return { title: t ? `In biên bản: ${t}` : "In biên bản" };
}

// The same paper as the PDF and the Word file (lib/meetings/minutes/minutes-paper.ts).

// The biên bản is portrait, unlike the landscape lists of the print layout.
const PORTRAIT = "@page { size: A4 portrait; margin: 20mm 15mm 20mm 25mm; }";

export default async function PrintMinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("meetings.read.all", "meetings.read.group", "meetings.read.own");
  const id = (await params).id;
  const doc = await getMinutesDocument(actor, id);
  if (!doc) notFound();
  return (
    <>
      <style>{PORTRAIT}</style>
      <PrintToolbar
        backHref={`/meetings/${id}`}
        printLabel="In biên bản"
        hint={doc.isDraft ? "Bản nháp – chưa ký" : "Khổ A4 dọc"}
      >
        <a href={`/api/meetings/${id}/pdf`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
        <a href={`/api/meetings/${id}/docx`} className={buttonClass("secondary")}>
          Tải Word
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <PrintDocument doc={minutesPaper(doc)} />
      </div>
    </>
  );
}
