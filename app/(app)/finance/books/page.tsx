import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { getBook } from "@/lib/finance/fund/books";
import { periodOf } from "@/lib/finance/fund/period";
import { quarterParam } from "@/lib/finance/fund/schema";
import { ACCOUNT_LABELS, type Account } from "@/lib/finance/labels";
import { formatDate, formatMoney } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { ReconcileDialog } from "../fund-dialogs";

export const metadata: Metadata = { title: "Sổ quỹ" };

// Sổ quỹ tiền mặt / sổ tiền gửi of a year or quarter: opening balance, each entry, the running
// balance (each day's closing balance in bold), closing balance, and the reconciliations.
export default async function FundBookPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; quarter?: string; account?: string; page?: string }>;
}) {
  const actor = await requirePage("finance.read.all");
  const sp = await searchParams;
  const year = pageYear(sp.year);
  const quarter = quarterParam(sp.quarter);
  const account: Account = sp.account === "BANK" ? "BANK" : "CASH";
  const period = periodOf(year, quarter);
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const b = await getBook(actor.unitId, account, period.from, period.to, page);
  const q = `year=${year}&account=${account}${quarter ? `&quarter=${quarter}` : ""}`;
  const pager = b.pageCount > 1 && (
    <nav className="my-3 flex flex-wrap items-center gap-2 text-sm" aria-label="Trang của sổ">
      {b.page > 1 && (
        <Link href={`/finance/books?${q}&page=${b.page - 1}`} className={buttonClass("secondary")}>
          ← Trang trước
        </Link>
      )}
      <span data-testid="book-page">
        Trang {b.page}/{b.pageCount} · {b.rowCount.toLocaleString("vi-VN")} phiếu
      </span>
      {b.page < b.pageCount && (
        <Link href={`/finance/books?${q}&page=${b.page + 1}`} className={buttonClass("secondary")}>
          Trang sau →
        </Link>
      )}
    </nav>
  );
  const title = account === "CASH" ? "Sổ quỹ tiền mặt" : "Sổ tiền gửi ngân hàng";
  return (
    <>
      <PageHeader
        title={`${title} ${period.label}`}
        subtitle="Số dư chạy theo từng phiếu; dòng in đậm là số dư cuối ngày."
        actions={
          <>
            <Link href={`/finance?year=${year}`} className={buttonClass("secondary")}>
              ← Tài chính
            </Link>
            <Link href={`/print/finance/book?${q}`} className={buttonClass("secondary")}>
              In sổ
            </Link>
            <a href={`/api/finance/book/xlsx?${q}`} className={buttonClass("secondary")}>
              Xuất Excel
            </a>
            {can(actor, "finance.write") && (
              <ReconcileDialog account={account} today={formatDate(clock.today())} />
            )}
          </>
        }
      />
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="Kỳ của sổ">
        {[null, 1, 2, 3, 4].map((k) => (
          <Link
            key={k ?? 0}
            href={`/finance/books?year=${year}&account=${account}${k ? `&quarter=${k}` : ""}`}
            aria-current={k === quarter ? "page" : undefined}
            className={buttonClass(k === quarter ? "primary" : "secondary")}
          >
            {k ? `Quý ${k}` : "Cả năm"}
          </Link>
        ))}
        <Link
          href={`/finance/books?year=${year}&account=${account === "CASH" ? "BANK" : "CASH"}${quarter ? `&quarter=${quarter}` : ""}`}
          className={buttonClass("secondary")}
        >
          {ACCOUNT_LABELS[account === "CASH" ? "BANK" : "CASH"]}
        </Link>
      </nav>
      {pager}
      <Card>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Sổ quỹ (cuộn ngang)">
          <table className="w-full min-w-[40rem] text-sm" data-testid="fund-book">
            <thead>
              <tr className="border-b border-surface-line text-left text-ink-muted">
                <th className="py-2 pr-2 font-medium">Ngày</th>
                <th className="py-2 pr-2 font-medium">Số phiếu</th>
                <th className="py-2 pr-2 font-medium">Diễn giải</th>
                <th className="py-2 pr-2 text-right font-medium">Thu</th>
                <th className="py-2 pr-2 text-right font-medium">Chi</th>
                <th className="py-2 text-right font-medium">Tồn</th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-b border-surface-line bg-surface-sunken font-semibold">
                <td className="py-2 pr-2" colSpan={5}>
                  Số dư đầu kỳ
                </td>
                <td className="py-2 text-right tabular-nums" data-testid="book-opening">
                  {formatMoney(b.opening)}
                </td>
              </tr>
              {b.rows.map((r) => (
                <tr key={r.id} className="border-b border-surface-line">
                  <td className="py-2 pr-2 whitespace-nowrap">{formatDate(r.date)}</td>
                  <td className="py-2 pr-2">{r.voucherNo}</td>
                  <td className="py-2 pr-2">{r.description}</td>
                  <td className="py-2 pr-2 text-right tabular-nums">
                    {r.income ? formatMoney(r.income) : ""}
                  </td>
                  <td className="py-2 pr-2 text-right tabular-nums">
                    {r.spending ? formatMoney(r.spending) : ""}
                  </td>
                  <td
                    className={`py-2 text-right tabular-nums ${r.endOfDay ? "font-semibold" : "text-ink-muted"}`}
                  >
                    {formatMoney(r.balance)}
                  </td>
                </tr>
              ))}
              <tr className="bg-surface-sunken font-semibold">
                <td className="py-2 pr-2" colSpan={3}>
                  Cộng phát sinh · Số dư cuối kỳ
                </td>
                <td className="py-2 pr-2 text-right tabular-nums">{formatMoney(b.income)}</td>
                <td className="py-2 pr-2 text-right tabular-nums">{formatMoney(b.spending)}</td>
                <td className="py-2 text-right tabular-nums" data-testid="book-closing">
                  {formatMoney(b.closing)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </Card>
      {pager}
      {b.reconciliations.length > 0 && (
        <Card title="Đối chiếu, kiểm kê" className="mt-4">
          <ul className="flex flex-col gap-2 text-sm" data-testid="book-reconciliations">
            {b.reconciliations.map((c) => (
              <li key={c.id}>
                {formatDate(c.date)}: sổ {formatMoney(c.bookBalance)}, thực tế {formatMoney(c.actualBalance)},{" "}
                <b className={c.difference ? "text-red-700" : ""}>chênh lệch {formatMoney(c.difference)}</b>
                {c.note && ` (${c.note})`}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
