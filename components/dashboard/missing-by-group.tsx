import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/lib/format";

/** A unit of 1,000 tổ does not get 1,000 rows on its dashboard: the tổ furthest behind, and the rest counted. */
export const MISSING_ROWS = 8;

type Row = { groupId: string; groupName: string; members: number; registered: number; assessed: number };

/** Registrations not sent and self-assessments not submitted, by tổ (the tổ furthest behind first). */
export function MissingByGroup({ rows, year, title }: { rows: Row[]; year: number; title: string }) {
  const behind = (r: Row) => r.members - r.registered + (r.members - r.assessed);
  const all = rows.filter((r) => behind(r) > 0);
  const shown =
    all.length <= MISSING_ROWS
      ? all
      : [...all]
          .sort((a, b) => behind(b) - behind(a) || a.groupName.localeCompare(b.groupName, "vi"))
          .slice(0, MISSING_ROWS);
  const rest = all.length - shown.length;
  return (
    <Card
      title={title}
      actions={
        <Link href={`/emulation?year=${year}&missing=1`} className="text-sm text-brand-700 hover:underline">
          Xem chi tiết
        </Link>
      }
    >
      {shown.length === 0 ? (
        <p className="text-sm text-ink-muted">Mọi tổ đã đăng ký và tự đánh giá đủ.</p>
      ) : (
        <table className="w-full text-sm" data-testid="emulation-missing">
          <thead className="text-left text-ink-muted">
            <tr>
              <th className="py-1 font-medium">Tổ</th>
              <th className="py-1 text-right font-medium">Chưa đăng ký</th>
              <th className="py-1 text-right font-medium">Chưa nộp tự đánh giá</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-surface-line">
            {shown.map((r) => (
              <tr key={r.groupId}>
                <td className="py-1.5">
                  <Link
                    href={`/emulation/groups/${r.groupId}?year=${year}`}
                    className="text-brand-700 hover:underline"
                  >
                    {r.groupName}
                  </Link>
                </td>
                <td className="py-1.5 text-right tabular-nums">{formatCount(r.members - r.registered)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatCount(r.members - r.assessed)}</td>
              </tr>
            ))}
          </tbody>
          {rest > 0 && (
            <tfoot>
              <tr>
                <td colSpan={3} className="pt-2 text-ink-muted">
                  Và {formatCount(rest)} tổ khác còn thiếu: xem chi tiết.
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </Card>
  );
}
