import { notFound } from "next/navigation";
import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { getRegistrationReport } from "@/lib/emulation/queries/report";
import { pageYear } from "@/lib/http/params";
import { cycleYearTitle } from "@/lib/settings/cycle";

export const metadata = { title: "In bản đăng ký thi đua" };

const th = "border border-black px-2 py-1 text-center font-bold";
const td = "border border-black px-2 py-1 align-top";

export default async function PrintRegistrationsPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const actor = await requirePage("emulation.export");
  const year = pageYear((await searchParams).year);
  const r = await getRegistrationReport(actor, year);
  if (!r) notFound();
  return (
    <>
      <PrintToolbar
        backHref={`/emulation?year=${year}`}
        printLabel="In bản đăng ký"
        hint={`${r.members.length} đoàn viên · khổ A4`}
      >
        <a href={`/api/emulation/registrations?year=${year}&format=pdf`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
        <a
          href={`/api/emulation/registrations?year=${year}&format=xlsx`}
          className={buttonClass("secondary")}
        >
          Xuất Excel
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <article className="mx-auto min-w-[760px] max-w-[210mm] px-8 py-8 text-[13pt] print:min-w-0 print:max-w-none print:p-0">
          <PrintHeader unit={r.unit} number="…/ĐK-CĐCS" date={r.date} />
          <h1 className="mt-6 text-center text-[14pt] font-bold">
            BẢN ĐĂNG KÝ THI ĐUA {cycleYearTitle(r.year, r.cycle)}
          </h1>
          <p className="mb-4 text-center italic">(Các bản đăng ký đã được Ban Chấp hành duyệt)</p>
          <h2 className="mt-4 font-bold">I. PHONG TRÀO THI ĐUA</h2>
          <table className="w-full border-collapse">
            <thead>
              <tr>
                <th className={th}>TT</th>
                <th className={th}>Phong trào</th>
                <th className={th}>Ngày phát động</th>
                <th className={th}>Mục tiêu</th>
                <th className={th}>Số ĐV đăng ký</th>
              </tr>
            </thead>
            <tbody>
              {r.movements.map((m) => (
                <tr key={m.no}>
                  <td className={`${td} text-center`}>{m.no}</td>
                  <td className={td}>{m.name}</td>
                  <td className={`${td} text-center`}>{m.launchedOn}</td>
                  <td className={td}>{m.goal}</td>
                  <td className={`${td} text-center`}>{m.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 className="mt-4 font-bold">II. DANH HIỆU TẬP THỂ</h2>
          <table className="w-full border-collapse">
            <thead>
              <tr>
                <th className={th}>TT</th>
                <th className={th}>Tổ công đoàn</th>
                <th className={th}>Danh hiệu đăng ký</th>
                <th className={th}>Phong trào</th>
              </tr>
            </thead>
            <tbody>
              {r.collective.map((c) => (
                <tr key={c.no}>
                  <td className={`${td} text-center`}>{c.no}</td>
                  <td className={td}>{c.groupName}</td>
                  <td className={td}>{c.titles}</td>
                  <td className={td}>{c.movements}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 className="mt-4 font-bold">III. DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ</h2>
          <table className="w-full border-collapse" data-testid="individual-table">
            <thead>
              <tr>
                <th className={th}>TT</th>
                <th className={th}>Họ và tên</th>
                <th className={th}>Tổ</th>
                <th className={th}>Danh hiệu</th>
                <th className={th}>Phong trào</th>
              </tr>
            </thead>
            <tbody>
              {r.members.map((m) => (
                <tr key={m.no}>
                  <td className={`${td} text-center`}>{m.no}</td>
                  <td className={td}>{m.fullName}</td>
                  <td className={td}>{m.groupName}</td>
                  <td className={td}>{m.titles}</td>
                  <td className={td}>{m.movements}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="print-keep mt-4 grid grid-cols-[2fr_3fr] gap-4">
            <div className="pt-1 text-[12pt]">
              <p className="font-bold italic">Nơi nhận:</p>
              <p className="text-[11pt]">- Công đoàn cấp trên (b/c);</p>
              <p className="text-[11pt]">- Lưu: VT.</p>
            </div>
            <SignatureBlock title="TM. BAN CHẤP HÀNH" role="CHỦ TỊCH" name={r.chairName} />
          </div>
        </article>
      </div>
    </>
  );
}
