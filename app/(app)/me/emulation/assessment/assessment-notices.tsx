import Link from "next/link";
import { AssessmentBadge } from "@/components/emulation/state-badge";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { assessmentHeading } from "@/lib/emulation/headings";
import type { WindowNotice } from "@/lib/emulation/me/assessment/window-notice";
import type { AssessmentView } from "@/lib/emulation/queries/assessments";
import type { YearSummary } from "@/lib/emulation/queries/years";
import { formatDate } from "@/lib/format";
import { cycleYearLabel } from "@/lib/settings/cycle";

type Props = { year: YearSummary; assessment: AssessmentView["assessment"] };

/** The title, the window and the state of the member's self-assessment, with its links. */
export function AssessmentHeader({ year, assessment: a }: Props) {
  return (
    <PageHeader
      title={assessmentHeading(year.year, year.cycle)}
      subtitle={
        <span className="inline-flex flex-wrap items-center gap-2">
          Thời gian: {formatDate(year.assessmentOpensOn)} – {formatDate(year.assessmentClosesOn)} ·{" "}
          <AssessmentBadge state={a?.state} returned={!!a?.returnedAt} />
        </span>
      }
      actions={
        <>
          <Link href={`/me/emulation?year=${year.year}`} className={buttonClass("secondary")}>
            Bản đăng ký
          </Link>
          {a && (
            <Link href={`/print/emulation/assessment?year=${year.year}`} className={buttonClass("secondary")}>
              In phiếu
            </Link>
          )}
        </>
      }
    />
  );
}

/** A returned sheet's reason, a missing approved registration, a window not yet open or closed. */
export function AssessmentNotices({
  year,
  assessment: a,
  approved,
  notice,
}: Props & { approved: boolean; notice: WindowNotice }) {
  return (
    <>
      {a?.state === "DRAFT" && a.returnedAt && (
        <p
          className="rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm text-brand-800"
          data-testid="return-reason"
        >
          Tổ trưởng đã trả lại phiếu. Lý do: <b>{a.returnReason}</b>.
        </p>
      )}
      {!approved && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          Bạn chưa có bản đăng ký thi đua được duyệt {cycleYearLabel(year.year, year.cycle)}, nên phiếu không
          có phần cam kết; bạn vẫn tự chấm theo tiêu chí.
        </p>
      )}
      {notice && (
        <EmptyState title={notice.title}>
          <span data-testid="window-notice">{notice.body}</span>
        </EmptyState>
      )}
    </>
  );
}
