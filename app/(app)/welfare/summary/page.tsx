import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { BudgetTable } from "@/components/welfare/budget-table";
import { requirePage } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { FUND_LABELS } from "@/lib/welfare/labels";
import { getYearSummary } from "@/lib/welfare/summary";
import { SummaryChart } from "./summary-chart";

export const metadata: Metadata = { title: "Tổng hợp thăm hỏi" };

export default async function WelfareSummaryPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const actor = await requirePage("welfare.export");
  const year = pageYear((await searchParams).year);
  const s = await getYearSummary(actor, year);
  return (
    <>
      <PageHeader
        title={`Tổng hợp thăm hỏi năm ${year}`}
        subtitle="Chỉ tính các lượt đã thăm / đã chi, như trong sổ; đề xuất và lượt đã duyệt chưa chi ghi riêng bên dưới."
        actions={
          <>
            <Link href={`/welfare/summary?year=${year - 1}`} className={buttonClass("secondary")}>
              ← Năm {year - 1}
            </Link>
            <Link href={`/welfare/summary?year=${year + 1}`} className={buttonClass("secondary")}>
              Năm {year + 1} →
            </Link>
            <Link href={`/print/welfare?year=${year}`} className={buttonClass("secondary")}>
              Sổ theo dõi
            </Link>
            <a href={`/api/welfare/register/xlsx?year=${year}`} className={buttonClass("secondary")}>
              Xuất Excel
            </a>
          </>
        }
      />
      <p
        className="mb-4 rounded-card border border-surface-line bg-white p-4 text-lg text-ink sm:text-xl"
        data-testid="summary-headline"
      >
        <b>{s.count.toLocaleString("vi-VN")}</b> lượt đã thăm / đã chi, tổng{" "}
        <b className="whitespace-nowrap">{formatMoney(s.total)}</b>
      </p>
      {s.pending.count > 0 && (
        <p
          className="mb-4 rounded-card border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900"
          data-testid="summary-pending"
        >
          Chưa chi, không tính vào sổ và các tổng trên: <b>{s.pending.count.toLocaleString("vi-VN")}</b> lượt
          đề xuất hoặc đã duyệt, <b className="whitespace-nowrap">{formatMoney(s.pending.total)}</b> ·{" "}
          <Link href={`/welfare?year=${year}&state=PROPOSED`} className="text-brand-700 underline">
            Đề xuất
          </Link>{" "}
          ·{" "}
          <Link href={`/welfare?year=${year}&state=APPROVED`} className="text-brand-700 underline">
            Đã duyệt
          </Link>
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <Card title="Theo loại">
          {s.categories.length ? (
            <SummaryChart rows={s.categories} />
          ) : (
            <p className="text-sm text-ink-muted">Chưa có lượt đã chi hay dự toán nào trong năm {year}.</p>
          )}
        </Card>
        <Card title="Theo nguồn chi">
          <table className="w-full text-sm" data-testid="summary-funds">
            <tbody>
              {s.funds.map((f) => (
                <tr key={f.fund} className="border-b border-surface-line last:border-0">
                  <td className="py-2">{FUND_LABELS[f.fund]}</td>
                  <td className="py-2 text-right">{f.count} lượt</td>
                  <td className="py-2 text-right font-medium tabular-nums">{formatMoney(f.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
      <Card title={`Dự toán năm ${year}`} className="mt-4">
        <BudgetTable rows={s.budgetLines} />
      </Card>
    </>
  );
}
