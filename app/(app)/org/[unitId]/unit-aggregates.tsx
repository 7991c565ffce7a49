// The drill-down's aggregates of one CĐCS (the cấp trên's roll-up, its one row of each section):
// figures only, never a member's record. Server component.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Actor } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format";
import { columnHeader, formatRollupCell } from "@/lib/org/rollup/doc";
import { unitAggregates } from "@/lib/org/rollup/unit";

export async function UnitAggregates({
  actor,
  unitId,
  year,
  years,
}: {
  actor: Actor;
  unitId: string;
  year: number;
  years: number[];
}) {
  const data = await unitAggregates(actor, unitId, year);
  if (!data) return null;
  return (
    <section aria-labelledby="aggregates" className="mt-6">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="aggregates" className="text-lg font-semibold text-ink">
          Số liệu tổng hợp năm {year}
        </h2>
        <nav aria-label="Chọn năm" className="flex flex-wrap gap-1">
          {years.map((y) => (
            <Link
              key={y}
              href={`/org/${unitId}?year=${y}`}
              aria-current={y === year ? "page" : undefined}
              className={cn(
                "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm",
                y === year
                  ? "border-brand-500 bg-brand-50 font-medium text-brand-800"
                  : "border-surface-line bg-white text-ink hover:bg-surface-sunken",
              )}
            >
              {y}
            </Link>
          ))}
        </nav>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {data.tables.map((t) => (
          <Card key={t.section} title={t.title}>
            {t.columns.length === 0 ? (
              <p className="text-sm text-ink-muted">Chưa có số liệu.</p>
            ) : (
              <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" data-testid={`aggregates-${t.section}`}>
                {t.columns.map((c, i) => (
                  <div key={i} className="contents">
                    <dt className="text-ink-muted">{columnHeader(c)}</dt>
                    <dd className="text-right tabular-nums">{formatRollupCell(t.rows[0].cells[i]) || "—"}</dd>
                  </div>
                ))}
                {t.section === "dues" && (
                  <div className="contents">
                    <dt className="text-ink-muted">Phải nộp cấp trên cả năm</dt>
                    <dd className="text-right tabular-nums">{formatMoney(data.upperShareDue)}</dd>
                  </div>
                )}
              </dl>
            )}
          </Card>
        ))}
      </div>
      <p className="mt-2 text-xs text-ink-muted">
        Cùng số liệu với <Link href={`/org/reports?year=${year}`} className="underline">báo cáo tổng hợp</Link>; khoản
        thăm hỏi dưới 3 lượt được gộp (quy tắc bảo vệ dữ liệu).
      </p>
    </section>
  );
}
