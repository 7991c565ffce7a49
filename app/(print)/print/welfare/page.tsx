import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { FUND_LABELS } from "@/lib/welfare/labels";
import { getRegister } from "@/lib/welfare/register";
import { REGISTER_TITLE } from "@/lib/welfare/register-format";
import { RegisterTable } from "./register-table";

export const metadata = { title: "Sổ theo dõi thăm hỏi" };

export default async function PrintWelfarePage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const actor = await requirePage("welfare.export");
  const year = pageYear((await searchParams).year);
  const r = await getRegister(actor, year);
  const s = r.summary;
  return (
    <>
      <PrintToolbar
        backHref={`/welfare/summary?year=${year}`}
        printLabel="In sổ"
        hint={`${s.count} lượt · khổ A4 ngang`}
      >
        <a href={`/api/welfare/register/xlsx?year=${year}`} className={buttonClass("secondary")}>
          Xuất Excel
        </a>
        <a href={`/api/welfare/register/pdf?year=${year}`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <article className="mx-auto min-w-[1000px] max-w-[297mm] px-8 py-8 print:min-w-0 print:max-w-none print:p-0">
          <PrintHeader unit={r.unit} date={r.date} />
          <h1 className="mt-6 text-center text-[14pt] font-bold">{REGISTER_TITLE}</h1>
          <p className="mb-4 text-center text-[13pt] italic">Năm {year}</p>
          <RegisterTable rows={r.rows} total={s.total} />
          <div className="print-keep mt-3 text-[12pt]" data-testid="register-totals">
            <p>
              Tổng cộng: <b>{s.count}</b> lượt thăm hỏi, <b>{formatMoney(s.total)}</b>
              {s.funds.length > 0 &&
                ` (${s.funds.map((f) => `${FUND_LABELS[f.fund]}: ${formatMoney(f.total)}`).join("; ")})`}
              .
            </p>
            <div className="mt-3 grid grid-cols-[2fr_3fr] gap-4">
              <div className="self-start pt-1">
                <p className="font-bold italic">Nơi nhận:</p>
                <p className="text-[11pt]">- UBKT CĐCS;</p>
                <p className="text-[11pt]">- Lưu: VT.</p>
              </div>
              <SignatureBlock title="TM. BAN CHẤP HÀNH" role="CHỦ TỊCH" name={r.chairName} />
            </div>
          </div>
        </article>
      </div>
    </>
  );
}
