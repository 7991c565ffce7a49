// The drill-down's aggregates of one CĐCS (the cấp trên's roll-up, its one row of each section):
// figures only, never a member's record. Server component.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { YearLinks } from "@/components/year-links";
import type { Actor } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format";
import { columnHeader, formatRollupCell } from "@/lib/org/rollup/doc";
import type { RollupTable } from "@/lib/org/rollup/table";
import { unitAggregates } from "@/lib/org/rollup/unit";

/** Label and value of each figure; welfare's pair of columns per category is one line ("3 lượt · 1.500.000 ₫"). */
function figures(t: RollupTable): [string, string][] {
  const cells = t.rows[0].cells;
  if (t.section !== "welfare")
    return t.columns.map((c, i) => [columnHeader(c), formatRollupCell(cells[i]) || "—"]);
  const out: [string, string][] = [];
  for (let i = 0; i < t.columns.length; i += 2) {
    const [count, amount] = [cells[i], cells[i + 1]];
    out.push([
      t.columns[i].group ?? "",
      typeof amount === "number"
        ? `${formatRollupCell(count)} lượt · ${formatMoney(amount)}`
        : `${formatRollupCell(count)} lượt`,
    ]);
  }
  return out;
}

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
        <YearLinks years={years} year={year} href={(y) => `/org/${unitId}?year=${y}`} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {data.tables.map((t) => (
          <Card key={t.section} title={t.title}>
            {t.columns.length === 0 ? (
              <p className="text-sm text-ink-muted">Chưa có số liệu.</p>
            ) : (
              <dl
                className="grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-x-3 gap-y-1.5 text-sm sm:grid-cols-[1fr_auto] sm:gap-x-4"
                data-testid={`aggregates-${t.section}`}
              >
                {figures(t).map(([label, value], i) => (
                  <div key={i} className="contents">
                    <dt className="text-ink-muted">{label}</dt>
                    <dd className="text-right tabular-nums [overflow-wrap:anywhere]">{value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {t.section === "dues" && data.duesNote && (
              <p className="mt-3 text-sm text-ink-muted" data-testid="dues-not-collected">
                {data.duesNote}
              </p>
            )}
          </Card>
        ))}
      </div>
      <p className="mt-2 text-xs text-ink-muted">
        Cùng số liệu với{" "}
        <Link href={`/org/reports?year=${year}`} className="underline">
          báo cáo tổng hợp
        </Link>
        ; khoản thăm hỏi dưới 3 lượt được gộp (quy tắc bảo vệ dữ liệu).
      </p>
    </section>
  );
}
