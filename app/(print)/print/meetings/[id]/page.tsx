import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { getMinutesDocument } from "@/lib/meetings/minutes/minutes-document";
import { closingLine, minutesSections } from "@/lib/meetings/minutes/minutes-sections";
import { meetingTitle } from "@/lib/meetings/title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await meetingTitle((await params).id);
  return { title: t ? `In biên bản: ${t}` : "In biên bản" };
}

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
        <article className="mx-auto min-w-[640px] max-w-[210mm] px-8 py-8 text-[13pt] leading-relaxed print:min-w-0 print:max-w-none print:p-0">
          <PrintHeader unit={doc.unit} number={doc.number} date={doc.date} />
          <h1 className="mt-6 text-center text-[14pt] font-bold">{doc.heading}</h1>
          <p className="mb-4 text-center font-bold">
            {doc.subtitle}
            {doc.isDraft && " (bản nháp – chưa ký)"}
          </p>
          {minutesSections(doc).map((s) => (
            <section key={s.heading} className="print-keep mb-2">
              <h2 className="font-bold">{s.heading}</h2>
              {s.paragraphs.map((p, i) => (
                <p key={i} className="whitespace-pre-line text-justify">
                  {p}
                </p>
              ))}
            </section>
          ))}
          <p className="mt-2 italic">{closingLine(doc.endWords)}</p>
          <div className="print-keep mt-6 grid grid-cols-2 gap-4">
            <SignatureBlock title="THƯ KÝ" role="" name={doc.secretaryName} />
            <SignatureBlock title="CHỦ TRÌ" role="" name={doc.chairName} />
          </div>
        </article>
      </div>
    </>
  );
}
