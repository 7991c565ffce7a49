import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SubmissionStateBadge } from "@/components/submissions/state-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { cycleYearHeading, cycleYearLabel } from "@/lib/settings/cycle";
import { currentCycleYear, cycleOfYear } from "@/lib/settings/unit-cycle";
import { SUBMISSION_KIND_LABELS } from "@/lib/submissions/labels";
import { SUBMISSION_KINDS } from "@/lib/submissions/payloads";
import { listUnitSubmissions, submissionYears, upperOf } from "@/lib/submissions/queries";
import { SUBMISSION_SCREENS } from "@/lib/submissions/screens";

export const metadata: Metadata = { title: "Hồ sơ gửi cấp trên" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubmissionsPage({ searchParams }: Props) {
  const actor = await requirePage("submissions.read");
  const sp = await searchParams;
  const current = await currentCycleYear(actor.unitId);
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined, current);
  const [rows, years, upper, cycle] = await Promise.all([
    listUnitSubmissions(actor, year),
    submissionYears(actor, current),
    upperOf(actor),
    cycleOfYear(actor.unitId, year),
  ]);
  return (
    <>
      <PageHeader
        title="Hồ sơ gửi cấp trên"
        subtitle={
          upper
            ? `Các báo cáo, hồ sơ đơn vị đã gửi ${upper.name}: từng bản, trạng thái và ý kiến của cấp trên.`
            : "Công đoàn cấp trên chưa dùng Sổ Công đoàn: hồ sơ được in và gửi theo cách thường lệ."
        }
      />
      <nav aria-label="Chọn năm" className="mb-4 flex flex-wrap gap-2 text-sm">
        {years.map((y) => (
          <Link
            key={y}
            href={`/submissions?year=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${y === year ? "border-brand-700 bg-brand-50 font-medium text-brand-800" : "border-surface-line bg-white"}`}
          >
            {cycleYearHeading(y, cycle)}
          </Link>
        ))}
      </nav>
      <ul className="flex flex-col gap-3">
        {SUBMISSION_KINDS.map((kind) => {
          const versions = rows.filter((r) => r.kind === kind);
          return (
            <li key={kind} className="rounded-card border border-surface-line bg-white px-4 py-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-medium">{SUBMISSION_KIND_LABELS[kind]}</h2>
                <Link href={`${SUBMISSION_SCREENS[kind]}`} className="text-sm text-brand-700 hover:underline">
                  Mở màn hình lập hồ sơ
                </Link>
              </div>
              {versions.length === 0 ? (
                <p className="mt-1 text-sm text-ink-muted">
                  Chưa gửi bản nào cho {cycleYearLabel(year, cycle)}.
                </p>
              ) : (
                <ol className="mt-2 flex flex-col gap-2 text-sm">
                  {versions.map((v) => (
                    <li
                      key={v.id}
                      className="flex flex-col gap-1 border-t border-surface-line pt-2 first:border-0"
                    >
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium">Bản {v.version}</span>
                        <span>
                          gửi ngày {formatDate(v.submittedAt)}
                          {v.submittedByName ? ` (${v.submittedByName})` : ""}
                        </span>
                        <SubmissionStateBadge state={v.state} />
                        <a
                          href={`/api/submissions/${v.id}/pdf`}
                          className="text-brand-700 hover:underline"
                          target="_blank"
                          rel="noreferrer"
                        >
                          Xem PDF
                        </a>
                      </div>
                      {v.comment && (
                        <p className="text-ink-muted">
                          {v.state === "ACCEPTED" ? "Ý kiến cấp trên" : "Cấp trên trả lại"}
                          {v.decidedAt ? ` ngày ${formatDate(v.decidedAt)}` : ""}: {v.comment}
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
      {rows.length === 0 && !upper && (
        <EmptyState title="Chưa có hồ sơ nào được gửi qua ứng dụng">
          Khi công đoàn cấp trên dùng Sổ Công đoàn, nút “Gửi cấp trên” xuất hiện trên màn hình của từng báo
          cáo.
        </EmptyState>
      )}
    </>
  );
}
