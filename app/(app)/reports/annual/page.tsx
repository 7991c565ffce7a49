import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { PaperSubmission } from "@/components/submissions/paper-submission";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { getAnnualReport } from "@/lib/reports/annual/queries";
import { SECTION_HINTS, SECTION_KEYS, SECTION_TITLES, STATUS_LABELS } from "@/lib/reports/annual/sections";
import { cycleYearHeading, cycleYearLabel } from "@/lib/settings/cycle";
import { cycleOfYear, currentCycleYear } from "@/lib/settings/unit-cycle";
import { SectionForm } from "./section-form";
import { StatusControls } from "./status-controls";

export const metadata: Metadata = { title: "Báo cáo tổng kết" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AnnualReportPage({ searchParams }: Props) {
  const actor = await requirePage("reports.annual.read");
  const sp = await searchParams;
  const current = await currentCycleYear(actor.unitId);
  const year = Math.min(pageYear(typeof sp.year === "string" ? sp.year : undefined, current), current);
  const [report, cycle] = await Promise.all([getAnnualReport(actor, year), cycleOfYear(actor.unitId, year)]);
  const draft = report.status === "DRAFT";
  const writable = draft && can(actor, "reports.annual.write");
  const q = `year=${year}`;
  return (
    <>
      <PageHeader
        title={`Báo cáo tổng kết ${cycleYearLabel(year, cycle)}`}
        subtitle={`Tổng kết công tác công đoàn ${cycleYearLabel(year, cycle)} và phương hướng, nhiệm vụ ${cycleYearLabel(year + 1, cycle)}.`}
        actions={
          <>
            <Link href={`/reports/annual?year=${year - 1}`} className={buttonClass("secondary")}>
              ‹ {cycleYearHeading(year - 1, cycle)}
            </Link>
            {year < current && (
              <Link href={`/reports/annual?year=${year + 1}`} className={buttonClass("secondary")}>
                {cycleYearHeading(year + 1, cycle)} ›
              </Link>
            )}
          </>
        }
      />
      <PaperSubmission actor={actor} kind="ANNUAL_REPORT" year={year} />
      <Card
        title="Bản báo cáo"
        actions={
          <Badge tone={draft ? "amber" : "green"}>
            {STATUS_LABELS[report.status]}
            {report.finalisedAt ? ` lúc ${formatDateTime(report.finalisedAt)}` : ""}
          </Badge>
        }
      >
        <p className="text-sm text-ink-muted" data-testid="figures-note">
          Số liệu lấy tại thời điểm tạo: mỗi lần xem bản in hoặc tải PDF, DOCX, các số liệu (đoàn viên, hội
          họp, thăm hỏi, thi đua, xếp loại, đoàn phí, thu – chi) được tính lại từ hồ sơ hiện có, không lưu
          lại. Ban Chấp hành chỉ viết các phần nhận định dưới đây.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href={`/print/reports/annual?${q}`} className={buttonClass("primary")}>
            Xem bản in
          </Link>
          <a href={`/api/reports/annual?${q}&format=pdf`} className={buttonClass("secondary")}>
            Tải PDF
          </a>
          <a href={`/api/reports/annual?${q}&format=docx`} className={buttonClass("secondary")}>
            Tải DOCX
          </a>
          {can(actor, "reports.annual.finalise") && (
            <StatusControls year={year} version={report.version} status={report.status} />
          )}
        </div>
      </Card>
      <div className="mt-4 flex flex-col gap-4">
        {SECTION_KEYS.map((key) => {
          const s = report.sections[key];
          const previous = report.previous[key]?.body ?? null;
          return (
            <Card key={key} title={SECTION_TITLES[key]}>
              {writable ? (
                <SectionForm
                  year={year}
                  sectionKey={key}
                  hint={SECTION_HINTS[key]}
                  body={s?.body ?? ""}
                  version={s?.version ?? 0}
                  previous={previous}
                />
              ) : s ? (
                <div className="whitespace-pre-line text-sm text-ink" data-testid={`section-${key}`}>
                  {s.body}
                </div>
              ) : (
                <p className="text-sm italic text-ink-muted">Chưa viết.</p>
              )}
              {s && (
                <p className="mt-2 text-xs text-ink-muted">Sửa lần cuối lúc {formatDateTime(s.updatedAt)}.</p>
              )}
            </Card>
          );
        })}
      </div>
    </>
  );
}
