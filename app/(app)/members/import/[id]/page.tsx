import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { Card } from "@/components/ui/card";
import { type Actor, requirePage } from "@/lib/auth/current-user";
import { type ImportCounts, OUTCOME_LABELS, type ImportOutcome } from "@/lib/members/import/columns";
import { getImport, type ImportJob, listImportRows, unresolvedAmbiguous } from "@/lib/members/import/queries";
import { ChooseAll } from "./choose-all";
import { CommitPanel } from "./commit-panel";
import { ImportSummary } from "./import-summary";
import { ParseProgress } from "./parse-progress";
import { PreviewTable } from "./preview-table";

export const metadata: Metadata = { title: "Kiểm tra tệp nhập" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ImportJobPage({ params, searchParams }: Props) {
  const actor = await requirePage("members.import");
  const job = await getImport(actor, (await params).id);
  if (!job) notFound();
  const sp = await searchParams;
  const show = (Object.keys(OUTCOME_LABELS).includes(sp.show ?? "") ? sp.show : "") as ImportOutcome | "";
  const page = Math.max(1, Math.min(100_000, Number(sp.page) || 1));
  const header = <ImportHeader job={job} />;

  if (job.status === "PARSING" && !job.stale)
    return (
      <>
        {header}
        <Card>
          <ParseProgress id={job.id} initial={statusOf(job)} />
        </Card>
      </>
    );
  if (job.status === "FAILED" || (job.stale && job.status === "PARSING") || !job.counts)
    return (
      <>
        {header}
        <FailedCheck error={job.error} />
      </>
    );
  return (
    <>
      {header}
      <ImportPreview actor={actor} job={job} counts={job.counts} show={show} page={page} />
    </>
  );
}

/** What the progress poll starts from. */
const statusOf = (job: ImportJob) => ({
  status: job.status,
  phase: job.phase,
  progress: job.progress,
  rowCount: job.rowCount,
  error: job.error,
  stale: job.stale,
});

function ImportHeader({ job }: { job: ImportJob }) {
  return (
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
}

function FailedCheck({ error }: { error: string | null }) {
  return (
    <Card>
      <p className="text-brand-700" role="status">
        {error ?? "Quá trình kiểm tra bị gián đoạn."}
      </p>
      <Link href="/members/import" className="mt-3 inline-block text-brand-700 underline">
        Tải tệp khác lên
      </Link>
    </Card>
  );
}

type PreviewProps = {
  actor: Actor;
  job: ImportJob;
  counts: ImportCounts;
  show: ImportOutcome | "";
  page: number;
};

/** The checked rows: the summary, the commit panel, the outcome filter and one page of rows. */
async function ImportPreview({ actor, job, counts, show, page }: PreviewProps) {
  const [list, unresolved] = await Promise.all([
    listImportRows(actor, job.id, show, page),
    unresolvedAmbiguous(job.id),
  ]);
  const href = (o: { show?: string; page?: number }) =>
    `/members/import/${job.id}?${new URLSearchParams({ ...(o.show ? { show: o.show } : {}), ...(o.page && o.page > 1 ? { page: String(o.page) } : {}) })}`;
  const editable = job.status === "PREVIEW" || (job.status === "WRITING" && job.stale);
  return (
    <>
      <ImportSummary counts={counts} done={job.status === "DONE"} />
      <ImportNotices job={job} />
      {job.status !== "DONE" && (
        <Card className="mb-4">
          <CommitPanel
            id={job.id}
            initial={statusOf(job)}
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

function ImportNotices({ job }: { job: ImportJob }) {
  return (
    <>
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
    </>
  );
}
