// The union document header (QĐ 933/QĐ-TLĐ): cấp trên and CĐCS on the left,
// quốc hiệu and place/date on the right. Shared by every printable page.
import { issueLine } from "@/lib/document/blocks";

export type PrintUnit = { name: string; parentName: string; placeName: string };

/** `date`: the paper's issue date (the meeting, the decision, a date the BCH sets); null leaves it blank. */
export function PrintHeader({ unit, number, date }: { unit: PrintUnit; number?: string; date: Date | null }) {
  return (
    <header className="grid grid-cols-[2fr_3fr] gap-4 text-center font-print text-[13pt] leading-snug">
      <div>
        <p className="uppercase">{unit.parentName}</p>
        <p className="font-bold uppercase">{unit.name}</p>
        <div className="mx-auto mt-1 h-px w-24 bg-black" />
        {number && <p className="mt-2">Số: {number}</p>}
      </div>
      <div>
        <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
        <div className="mx-auto mt-1 h-px w-44 bg-black" />
        <p className="mt-2 italic">{issueLine(unit.placeName, date)}</p>
      </div>
    </header>
  );
}

export function SignatureBlock({ title, role, name }: { title: string; role: string; name?: string }) {
  return (
    <div className="text-center font-print text-[13pt]">
      <p className="font-bold uppercase">{title}</p>
      <p className="font-bold uppercase">{role}</p>
      <div className="h-24" />
      <p className="font-bold">{name}</p>
    </div>
  );
}
