import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/current-user";
import { emulationHeading } from "@/lib/emulation/headings";
import { getRegistrationOverview } from "@/lib/emulation/queries/overview";
import { resolveYear } from "@/lib/emulation/queries/years";

/** A unit of 1,000 tổ does not get 1,000 rows on its dashboard: the tổ furthest behind, and the rest counted. */
export const MISSING_CARD_ROWS = 8;

/** What the card shows: the emulation year, the tổ furthest behind, how many more; null without a year. */
export async function loadEmulationMissing(actor: Actor) {
  const { year } = await resolveYear(actor.unitId);
  if (!year) return null;
  const behind = (r: { missing: number; members: number; assessed: number }) =>
    r.missing + r.members - r.assessed;
  const all = (await getRegistrationOverview(actor, year.id)).filter((r) => behind(r) > 0);
  const rows =
    all.length <= MISSING_CARD_ROWS
      ? all
      : [...all]
          .sort((a, b) => behind(b) - behind(a) || a.groupName.localeCompare(b.groupName, "vi"))
          .slice(0, MISSING_CARD_ROWS);
  return { year, rows, rest: all.length - rows.length };
}

/**
 * "Thi đua: còn thiếu theo tổ" on the dashboard: registrations not sent and self-assessments not
 * submitted. The page loads `data` (loadEmulationMissing) beside its own queries.
 */
export function EmulationMissingCard({
  data,
}: {
  data: NonNullable<Awaited<ReturnType<typeof loadEmulationMissing>>>;
}) {
  const { year, rows, rest } = data;
  return (
    <Card
      title={`${emulationHeading(year.year, year.cycle)}: còn thiếu theo tổ`}
      actions={
        <Link
          href={`/emulation?year=${year.year}&missing=1`}
          className="text-sm text-brand-700 hover:underline"
        >
          Xem chi tiết
        </Link>
      }
    >
      {rows.length === 0 ? (
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
            {rows.map((r) => (
              <tr key={r.groupId}>
                <td className="py-1.5">
                  <Link
                    href={`/emulation/groups/${r.groupId}?year=${year.year}`}
                    className="text-brand-700 hover:underline"
                  >
                    {r.groupName}
                  </Link>
                </td>
                <td className="py-1.5 text-right">{r.missing}</td>
                <td className="py-1.5 text-right">{r.members - r.assessed}</td>
              </tr>
            ))}
          </tbody>
          {rest > 0 && (
            <tfoot>
              <tr>
                <td colSpan={3} className="pt-2 text-ink-muted">
                  Và {rest.toLocaleString("vi-VN")} tổ khác còn thiếu: xem chi tiết.
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </Card>
  );
}
