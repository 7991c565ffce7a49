import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/lib/format";
import { attendanceRate, formatRate } from "@/lib/meetings/service";

type Month = { month: number; held: number; invited: number; present: number };

const W = 360;
const H = 150;
const TOP = 16;
const BASE = 118;
/** The left margin holds the 0 / 50 / 100 % labels. */
const LEFT = 30;
const COL = (W - LEFT) / 12;

/**
 * Attendance over the year as plain SVG: a column per month, its height the share of invitees
 * present, the number of meetings held under it. The table beside it is the text alternative.
 */
export function AttendanceChart({
  months,
  year,
  href,
  title,
}: {
  months: Month[];
  year: number;
  href: string;
  title: string;
}) {
  const held = months.reduce((n, m) => n + m.held, 0);
  const all = months.reduce((a, m) => ({ invited: a.invited + m.invited, present: a.present + m.present }), {
    invited: 0,
    present: 0,
  });
  return (
    <Card
      title={title}
      actions={
        <Link href={href} className="text-sm text-brand-700 hover:underline">
          Thống kê dự họp
        </Link>
      }
    >
      <p className="mb-2 text-sm text-ink-muted">
        {formatCount(held)} cuộc họp đã họp · có mặt {formatRate(attendanceRate(all.present, all.invited))}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-xl" aria-hidden data-testid="attendance-chart">
        {[0, 50, 100].map((p) => {
          const y = BASE - ((BASE - TOP) * p) / 100;
          return (
            <g key={p}>
              <line x1={LEFT} x2={W} y1={y} y2={y} className="stroke-surface-line" strokeWidth="1" />
              <text x={LEFT - 4} y={y + 3} textAnchor="end" className="fill-ink-muted text-[9px]">
                {p}%
              </text>
            </g>
          );
        })}
        {months.map((m, i) => {
          const rate = m.invited ? m.present / m.invited : 0;
          const h = (BASE - TOP) * rate;
          const x = LEFT + i * COL + COL * 0.2;
          return (
            <g key={m.month}>
              {m.held > 0 && (
                <rect x={x} y={BASE - h} width={COL * 0.6} height={h} rx="2" className="fill-brand-500" />
              )}
              <text
                x={LEFT + i * COL + COL / 2}
                y={BASE + 13}
                textAnchor="middle"
                className="fill-ink-muted text-[10px]"
              >
                T{m.month}
              </text>
              <text
                x={LEFT + i * COL + COL / 2}
                y={BASE + 26}
                textAnchor="middle"
                className="fill-ink text-[10px]"
              >
                {m.held || "–"}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="text-xs text-ink-muted">Cột: tỉ lệ có mặt; số dưới cột: số cuộc họp trong tháng.</p>
      {/* A table ignores a 1 px width: the wrapper is what hides it without widening the page. */}
      <div className="sr-only">
        <table>
          <caption>
            {title} theo tháng năm {year}
          </caption>
          <thead>
            <tr>
              <th scope="col">Tháng</th>
              <th scope="col">Số cuộc họp</th>
              <th scope="col">Tỉ lệ có mặt</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">Tháng {m.month}</th>
                <td>{m.held}</td>
                <td>{formatRate(attendanceRate(m.present, m.invited))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
