import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { PaperSubmission } from "@/components/submissions/paper-submission";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatCount } from "@/lib/format";
import { FIGURE_HEADERS, FIGURE_LABELS } from "@/lib/members/statistics/columns";
import { loadStatistics } from "@/lib/members/statistics/load";
import { periodQuery } from "@/lib/members/statistics/period";
import { currentCycleYear } from "@/lib/settings/unit-cycle";

export const metadata: Metadata = { title: "Thống kê, biến động đoàn viên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("members.export");
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v) params.set(k, v);
  const report = await loadStatistics(actor, params);
  const thisYear = clock.thisYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const presets = years.flatMap((y) => [
    { q: `period=h1&year=${y}`, label: `6 tháng đầu ${y}` },
    { q: `period=h2&year=${y}`, label: `6 tháng cuối ${y}` },
    { q: `period=year&year=${y}`, label: `Năm ${y}` },
  ]);
  const q = "error" in report ? "" : periodQuery(report.period);
  return (
    <>
      <PageHeader
        title="Thống kê, biến động đoàn viên"
        subtitle={
          "error" in report ? "Kỳ báo cáo chưa hợp lệ" : `${report.period.label} · theo tổ và toàn cơ sở`
        }
        actions={
          "error" in report ? null : (
            <>
              <a href={`/api/members/statistics?${q}&format=xlsx`} className={buttonClass("secondary")}>
                Xuất Excel
              </a>
              <Link href={`/print/members/statistics?${q}`} className={buttonClass("secondary")}>
                In / PDF
              </Link>
            </>
          )
        }
      />
      {"error" in report ? null : (
        <PaperSubmission
          actor={actor}
          kind="STATISTICS"
          // The report goes up for the period on screen, as a paper of the cycle year its last day is in.
          year={await currentCycleYear(actor.unitId, report.period.to)}
          period={report.period}
        />
      )}
      <Card title="Kỳ báo cáo" className="mb-4">
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 text-sm">
            <span>Từ ngày</span>
            <input
              name="from"
              placeholder="dd/mm/yyyy"
              defaultValue={raw.from as string}
              className={inputClass(false)}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span>Đến ngày</span>
            <input
              name="to"
              placeholder="dd/mm/yyyy"
              defaultValue={raw.to as string}
              className={inputClass(false)}
            />
          </label>
          <button type="submit" className={buttonClass("primary")}>
            Xem
          </button>
        </form>
        <nav aria-label="Kỳ có sẵn" className="mt-3 flex flex-wrap gap-2 text-sm">
          {presets.slice(0, 9).map((p) => (
            <Link
              key={p.q}
              href={`/members/statistics?${p.q}`}
              aria-current={p.q === q ? "page" : undefined}
              className={
                p.q === q
                  ? "rounded bg-brand-600 px-2 py-1 text-white"
                  : "rounded border border-surface-line px-2 py-1"
              }
            >
              {p.label}
            </Link>
          ))}
        </nav>
      </Card>
      {"error" in report ? (
        <p role="alert" className="text-red-700">
          {report.error}
        </p>
      ) : (
        <Card title="Theo tổ công đoàn">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[720px] border-collapse text-sm" data-testid="statistics-table">
              <thead>
                <tr className="border-b border-surface-line text-left">
                  <th className="px-2 py-2">Tổ công đoàn</th>
                  {report.columns.map((c) => (
                    <th key={c} scope="col" title={FIGURE_LABELS[c]} className="px-2 py-2 text-right">
                      {FIGURE_HEADERS[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.groups.map((g) => (
                  <tr key={g.groupId} className="border-b border-surface-line">
                    <th scope="row" className="px-2 py-1.5 text-left font-normal">
                      {g.name}
                    </th>
                    {report.columns.map((c) => (
                      <td key={c} data-figure={c} className="px-2 py-1.5 text-right tabular-nums">
                        {formatCount(g[c])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-semibold" data-testid="statistics-total">
                  <th scope="row" className="px-2 py-2 text-left">
                    Toàn cơ sở
                  </th>
                  {report.columns.map((c) => (
                    <td key={c} data-figure={c} className="px-2 py-2 text-right tabular-nums">
                      {formatCount(report.total[c])}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="mt-3 text-xs text-ink-muted">
            Đầu kỳ tính đến đầu ngày đầu kỳ; cuối kỳ, nữ, đảng viên và độ tuổi tính đến hết ngày cuối kỳ. Bộ
            cột theo cài đặt “Cột của báo cáo thống kê, biến động đoàn viên”.
          </p>
        </Card>
      )}
    </>
  );
}
