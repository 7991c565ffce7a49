import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChooseAll } from "@/components/member-import/choose-all";
import { CommitPanel } from "@/components/member-import/commit-panel";
import { ParseProgress } from "@/components/member-import/parse-progress";
import { PreviewTable } from "@/components/member-import/preview-table";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import { OUTCOME_LABELS, type ImportOutcome } from "@/lib/members/import/columns";
import { getImport, listImportRows, unresolvedAmbiguous } from "@/lib/members/import/queries";
import { ImportSummary } from "./import-summary";

export const metadata: Metadata = { title: "Kiểm tra tệp nhập" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ImportJobPage({ params, searchParams }: Props) {
  const actor = await requirePage("members.import");
  const job = await getImport(actor, (await params).id);
  if (!job) notFound();
  const sp = await searchParams;
  const show = (Object.keys(OUTCOME_LABELS).includes(sp.show ?? "") ? sp.show : "") as ImportOutcome | "";
  const page = Math.max(1, Math.min(100_000, Number(sp.page) || 1));
  const status = {
    status: job.status,
    phase: job.phase,
    progress: job.progress,
    rowCount: job.rowCount,
    error: job.error,
    stale: job.stale,
  };
  const counts = job.counts;
  const header = (
    <>
      <nav className="mb-2 text-sm text-ink-muted">
        <Link href="/members" className="hover:underline">
          Đoàn viên
        </Link>{" "}
        /{" "}
        <Link href="/members/import" className="hover:underline">
          Nhập từ Excel
        </Link>{" "}
        / {job.fileName}
      </nav>
      <PageHeader
        title="Kiểm tra tệp nhập"
        subtitle={`${job.fileName} · ${job.rowCount.toLocaleString("vi-VN")} dòng dữ liệu`}
      />
    </>
  );

  if (job.status === "PARSING" && !job.stale)
    return (
      <>
        {header}
        <Card>
          <ParseProgress id={job.id} initial={status} />
        </Card>
      </>
    );
  if (job.status === "FAILED" || (job.stale && job.status === "PARSING") || !counts) {
    return (
      <>
        {header}
        <Card>
          <p className="text-brand-700" role="status">
            {job.error ?? "Quá trình kiểm tra bị gián đoạn."}
          </p>
          <Link href="/members/import" className="mt-3 inline-block text-brand-700 underline">
            Tải tệp khác lên
          </Link>
        </Card>
      </>
    );
  }

  const [list, unresolved] = await Promise.all([
    listImportRows(actor, job.id, show, page),
    unresolvedAmbiguous(job.id),
  ]);
  const href = (o: { show?: string; page?: number }) =>
    `/members/import/${job.id}?${new URLSearchParams({ ...(o.show ? { show: o.show } : {}), ...(o.page && o.page > 1 ? { page: String(o.page) } : {}) })}`;
  const editable = job.status === "PREVIEW" || (job.status === "WRITING" && job.stale);
  return (
    <>
      {header}
      <ImportSummary counts={counts} done={job.status === "DONE"} />
      {job.error && (
        <p className="mb-3 rounded-lg bg-brand-50 p-3 text-sm text-brand-800" role="status">
          {job.error}
        </p>
      )}
      {job.stale && job.status === "WRITING" && (
        <p className="mb-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-800">
          Lần ghi trước bị gián đoạn và không có dòng nào được ghi. Bạn có thể nhập lại.
        </p>
      )}
      {job.status !== "DONE" && (
        <Card className="mb-4">
          <CommitPanel
            id={job.id}
            initial={status}
            toCreate={counts.NEW}
            toUpdate={counts.UPDATE}
            errors={counts.ERROR}
            unresolved={unresolved}
          />
        </Card>
      )}
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="Lọc theo kết quả">
        {(["", "ERROR", "AMBIGUOUS", "NEW", "UPDATE", "SAME"] as const).map((o) => (
          <Link
            key={o}
            href={href({ show: o })}
            aria-current={show === o ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ring-surface-line ${show === o ? "bg-brand-600 text-white" : "bg-white text-ink"}`}
          >
            {o ? OUTCOME_LABELS[o] : "Tất cả"} ({(o ? counts[o] : job.rowCount).toLocaleString("vi-VN")})
          </Link>
        ))}
      </nav>
      {show === "AMBIGUOUS" && unresolved > 0 && editable && (
        <div className="mb-3">
          <ChooseAll importId={job.id} />
        </div>
      )}
      <PreviewTable importId={job.id} headers={job.headers} rows={list.rows} editable={editable} />
      <Pagination
        page={page}
        pageCount={list.pageCount}
        total={list.total}
        hrefFor={(p) => href({ show, page: p })}
      />
    </>
  );
}
