import { notFound } from "next/navigation";
import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { COMMITMENT_KIND_LABELS, COMMITMENT_RESULT_LABELS } from "@/lib/emulation/labels";
import { getAssessmentSheet } from "@/lib/emulation/queries/assessment-sheet";
import { resolveYear } from "@/lib/emulation/queries/years";
import { pageYear } from "@/lib/http/params";
import { cycleYearTitle } from "@/lib/settings/cycle";

export const metadata = { title: "In phiếu tự đánh giá" };

const th = "border border-black px-2 py-1 text-center font-bold";
const td = "border border-black px-2 py-1 align-top";

type Props = { searchParams: Promise<{ year?: string; member?: string }> };

export default async function PrintAssessmentPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.self", "emulation.read.group", "emulation.read.all");
  const sp = await searchParams;
  const memberId = sp.member || actor.memberId;
  const { year } = await resolveYear(actor.unitId, sp.year ? pageYear(sp.year) : null);
  if (!year || !memberId) notFound();
  const s = await getAssessmentSheet(actor, year.id, memberId);
  if (!s) notFound();
  const q = `year=${year.year}&member=${memberId}`;
  return (
    <>
      <PrintToolbar
        backHref={
          memberId === actor.memberId
            ? `/me/emulation/assessment?year=${year.year}`
            : `/emulation?year=${year.year}`
        }
        printLabel="In phiếu"
        hint="Khổ A4 dọc"
      >
        <a href={`/api/emulation/assessment?${q}`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <article className="mx-auto min-w-[720px] max-w-[210mm] px-8 py-8 text-[13pt] print:min-w-0 print:max-w-none print:p-0">
          <PrintHeader unit={s.unit} date={s.date} />
          <h1 className="mt-6 text-center text-[14pt] font-bold">
            PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN {cycleYearTitle(s.year, s.cycle)}
          </h1>
          <p className="mt-3">
            Họ và tên: <b>{s.member.fullName}</b>
            {s.member.jobTitle && `; chức danh: ${s.member.jobTitle}`}
          </p>
          <p className="mb-3">Tổ công đoàn: {s.member.group.name}</p>
          <table className="w-full border-collapse" data-testid="sheet-table">
            <thead>
              <tr>
                <th className={th}>TT</th>
                <th className={th}>Nội dung tiêu chuẩn</th>
                <th className={th}>Điểm chuẩn</th>
                <th className={th}>Tự chấm</th>
                <th className={th}>Tổ CĐ chấm</th>
                <th className={th}>Giải trình</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.no + r.content} className={r.heading ? "font-bold" : ""}>
                  <td className={`${td} text-center`}>{r.no}</td>
                  <td className={td}>{r.content}</td>
                  <td className={`${td} text-center`}>{r.max}</td>
                  <td className={`${td} text-center`}>{r.self}</td>
                  <td className={`${td} text-center`}>{r.group}</td>
                  <td className={td}>{r.note}</td>
                </tr>
              ))}
              <tr className="font-bold">
                <td className={td} />
                <td className={td}>Tổng cộng</td>
                <td className={`${td} text-center`}>{s.total.max}</td>
                <td className={`${td} text-center`} data-testid="sheet-total">
                  {s.total.self}
                </td>
                <td className={`${td} text-center`}>{s.total.group}</td>
                <td className={td} />
              </tr>
            </tbody>
          </table>
          {s.commitments.length > 0 && (
            <div className="mt-3">
              <p className="font-bold">Kết quả thực hiện chương trình đã đăng ký:</p>
              <ol className="list-decimal pl-6">
                {s.commitments.map((c) => (
                  <li key={c.id}>
                    {COMMITMENT_KIND_LABELS[c.kind]}: {c.content} —{" "}
                    <i>{c.outcome ? COMMITMENT_RESULT_LABELS[c.outcome.result] : "chưa đánh giá"}</i>
                    {c.outcome?.evidence && ` (${c.outcome.evidence})`}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {s.comment && <p className="mt-2">Tự nhận xét: {s.comment}</p>}
          <p className="mt-2">
            Tự xếp loại: <b>{s.selfLevel}</b>
          </p>
          <p className="mt-2">Ý kiến của tổ công đoàn: ……………………………………………………………</p>
          <p className="mt-1">Kết luận của Ban Chấp hành: ……………………………………………………………</p>
          <div className="print-keep mt-4 grid grid-cols-2 gap-4">
            <SignatureBlock title="TỔ TRƯỞNG" role="TỔ CÔNG ĐOÀN" />
            <SignatureBlock title="NGƯỜI TỰ ĐÁNH GIÁ" role="" name={s.member.fullName} />
          </div>
        </article>
      </div>
    </>
  );
}
