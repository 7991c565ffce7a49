import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { fundCategoryOptions, listInspectionNotes } from "@/lib/finance/fund/queries";
import { getFundReport } from "@/lib/finance/fund/report";
import { formatDate, formatMoney } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { BudgetDialog, CategoryDialog, EntryDialog, InspectionNoteDialog } from "./fund-dialogs";

export const metadata: Metadata = { title: "Tài chính công đoàn" };

// The fund of a year at a glance: balances, thu by source and chi by category against the dự toán,
// the papers, and the UBKT's notes. Đoàn phí has its own ledger (/finance/dues).
export default async function FinancePage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePage("finance.read.all");
  const year = pageYear((await searchParams).year);
  const [r, categories, notes] = await Promise.all([
    getFundReport(actor.unitId, year, null),
    fundCategoryOptions(actor.unitId),
    listInspectionNotes(actor.unitId, year),
  ]);
  const today = formatDate(clock.today());
  const writer = can(actor, "finance.write");
  const figures: [string, number, string][] = [
    [`Tồn đầu năm`, r.opening.TOTAL, "fund-opening"],
    [`Thu trong năm`, r.income.period, "fund-income"],
    [`Chi trong năm`, r.spending.period, "fund-spending"],
    [`Tồn cuối năm`, r.closing.TOTAL, "fund-closing"],
  ];
  return (
    <>
      <PageHeader
        title={`Tài chính công đoàn năm ${year}`}
        subtitle="Thu, chi của quỹ CĐCS; chi thăm hỏi được ghi tự động khi thăm hỏi được ghi đã chi."
        actions={
          <>
            <Link href={`/finance?year=${year - 1}`} className={buttonClass("secondary")}>
              ← Năm {year - 1}
            </Link>
            <Link href={`/finance?year=${year + 1}`} className={buttonClass("secondary")}>
              Năm {year + 1} →
            </Link>
            {writer && <EntryDialog categories={categories} today={today} />}
          </>
        }
      />
      <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map(([label, value, id]) => (
          <div key={id} className="rounded-card border border-surface-line bg-white p-4" data-testid={id}>
            <div className="text-sm text-ink-muted">{label}</div>
            <div className="text-lg font-semibold tabular-nums text-ink sm:text-xl">{formatMoney(value)}</div>
          </div>
        ))}
      </div>
      <p className="mb-4 text-sm text-ink-muted">
        Cuối năm: tiền mặt {formatMoney(r.closing.CASH)} · tiền gửi {formatMoney(r.closing.BANK)}
      </p>
      <div className="mb-4 flex flex-wrap gap-2">
        <Link href={`/finance/entries?year=${year}`} className={buttonClass("secondary")}>
          Phiếu thu, chi
        </Link>
        <Link href={`/finance/books?year=${year}&account=CASH`} className={buttonClass("secondary")}>
          Sổ quỹ tiền mặt
        </Link>
        <Link href={`/finance/books?year=${year}&account=BANK`} className={buttonClass("secondary")}>
          Sổ tiền gửi
        </Link>
        {[1, 2, 3, 4].map((q) => (
          <Link
            key={q}
            href={`/print/finance/report?year=${year}&quarter=${q}`}
            className={buttonClass("secondary")}
          >
            Báo cáo quý {q}
          </Link>
        ))}
        <Link href={`/print/finance/report?year=${year}`} className={buttonClass("secondary")}>
          Báo cáo năm
        </Link>
        <Link href="/finance/dues" className={buttonClass("secondary")}>
          Sổ thu đoàn phí
        </Link>
      </div>
      <Card
        title={`Dự toán và thực hiện năm ${year}`}
        actions={
          writer && (
            <div className="flex flex-wrap gap-2">
              <BudgetDialog year={year} categories={categories} />
              <CategoryDialog />
            </div>
          )
        }
      >
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label="Dự toán và thực hiện (cuộn ngang)"
        >
          <table className="w-full min-w-[36rem] text-sm" data-testid="fund-budget">
            <thead>
              <tr className="border-b border-surface-line text-left text-ink-muted">
                <th className="py-2 pr-2 font-medium">Nội dung</th>
                <th className="py-2 pr-2 text-right font-medium">Dự toán</th>
                <th className="py-2 pr-2 text-right font-medium">Thực hiện</th>
                <th className="py-2 text-right font-medium">Còn lại</th>
              </tr>
            </thead>
            {(["IN", "OUT"] as const).map((d) => (
              <tbody key={d}>
                <tr className="bg-surface-sunken">
                  <td className="py-2 pr-2 font-semibold">{d === "IN" ? "Thu" : "Chi"}</td>
                  <td className="py-2 pr-2 text-right font-semibold tabular-nums">
                    {formatMoney((d === "IN" ? r.income : r.spending).budget)}
                  </td>
                  <td className="py-2 pr-2 text-right font-semibold tabular-nums">
                    {formatMoney((d === "IN" ? r.income : r.spending).period)}
                  </td>
                  <td />
                </tr>
                {r.lines
                  .filter((l) => l.direction === d)
                  .map((l) => {
                    const left = l.budget === null ? null : l.budget - l.period;
                    return (
                      <tr key={l.code} className="border-b border-surface-line last:border-0">
                        <td className="py-2 pr-2">{l.name}</td>
                        <td className="py-2 pr-2 text-right tabular-nums">
                          {l.budget === null ? "—" : formatMoney(l.budget)}
                        </td>
                        <td className="py-2 pr-2 text-right tabular-nums">{formatMoney(l.period)}</td>
                        <td
                          className={`py-2 text-right tabular-nums ${left !== null && left < 0 && d === "OUT" ? "text-red-700" : ""}`}
                        >
                          {left === null ? "—" : formatMoney(left)}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            ))}
          </table>
        </div>
      </Card>
      <Card
        title="Ghi chú kiểm tra của UBKT"
        className="mt-4"
        actions={
          can(actor, "finance.inspect") && (
            <InspectionNoteDialog from={`01/01/${year}`} to={`31/12/${year}`} />
          )
        }
      >
        {notes.length ? (
          <ul className="flex flex-col gap-2 text-sm" data-testid="fund-notes">
            {notes.map((n) => (
              <li key={n.id} className="rounded border border-surface-line p-3">
                <div className="text-ink-muted">
                  Kỳ {formatDate(n.periodFrom)} – {formatDate(n.periodTo)}
                </div>
                <div className="whitespace-pre-line">{n.note}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">Chưa có ghi chú kiểm tra nào trong năm {year}.</p>
        )}
      </Card>
    </>
  );
}
