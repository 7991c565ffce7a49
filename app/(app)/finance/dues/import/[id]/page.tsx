import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { getDuesImport } from "@/lib/finance/dues/import/get-dues-import";
import { monthLabel } from "@/lib/finance/dues/labels";
import { formatDate, formatMoney } from "@/lib/format";
import { CommitButton } from "./commit-button";

export const metadata: Metadata = { title: "Xem trước danh sách trích lương" };

export default async function DuesImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("dues.write");
  const job = await getDuesImport(actor, (await params).id);
  if (!job) notFound();
  // Rows with errors first (the query's order): they are what the accountant must fix.
  const shown = job.rows;
  const committed = job.status === "COMMITTED";
  return (
    <>
      <PageHeader
        title={`Danh sách trích lương: ${job.fileName}`}
        subtitle={`Ngày trích ${formatDate(job.paidOn)} · ${job.rowCount.toLocaleString("vi-VN")} dòng · ${formatMoney(job.total)} ở các dòng hợp lệ`}
        actions={
          <Link href="/finance/dues/import" className={buttonClass("secondary")}>
            Tải tệp khác
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3" data-testid="import-summary">
        {committed ? (
          <Badge tone="green">Đã ghi sổ {formatDate(job.committedAt)}</Badge>
        ) : job.errorCount ? (
          <Badge tone="red">{job.errorCount} dòng lỗi: sửa tệp rồi tải lên lại</Badge>
        ) : (
          <Badge tone="green">Mọi dòng hợp lệ</Badge>
        )}
        {!committed && (
          <CommitButton
            importId={job.id}
            disabled={job.errorCount > 0}
            rows={job.rowCount}
            total={job.total}
          />
        )}
      </div>
      <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
        <table className="w-full text-sm" data-testid="import-rows">
          <thead className="bg-surface-sunken text-left text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th className="px-3 py-2">Dòng</th>
              <th className="px-3 py-2">Số thẻ</th>
              <th className="px-3 py-2">Họ và tên</th>
              <th className="px-3 py-2">Tháng</th>
              <th className="px-3 py-2 text-right">Số tiền</th>
              <th className="px-3 py-2">Kết quả</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={r.rowNo}
                className={`border-t border-surface-line ${r.errors.length ? "bg-brand-50" : ""}`}
              >
                <td className="px-3 py-2 tabular-nums">{r.rowNo}</td>
                <td className="px-3 py-2">{r.card}</td>
                <td className="px-3 py-2">{r.name}</td>
                <td className="px-3 py-2 tabular-nums">{r.month ? monthLabel(r.month) : ""}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.amount ? formatMoney(r.amount) : ""}</td>
                <td className="px-3 py-2">
                  {r.errors.length ? <span className="text-brand-800">{r.errors.join(" ")}</span> : "Hợp lệ"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {job.rowCount > shown.length && (
        <p className="mt-2 text-sm text-ink-muted">
          Hiện {shown.length} dòng đầu (dòng lỗi trước) trong {job.rowCount.toLocaleString("vi-VN")} dòng.
        </p>
      )}
    </>
  );
}
