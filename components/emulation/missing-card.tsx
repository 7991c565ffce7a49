import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/current-user";
import { getRegistrationOverview } from "@/lib/emulation/queries/overview";
import { resolveYear } from "@/lib/emulation/queries/years";

/** "Thi đua: còn thiếu theo tổ" on the dashboard: registrations not sent and self-assessments not submitted. */
export async function EmulationMissingCard({ actor }: { actor: Actor }) {
  const { year } = await resolveYear(actor.unitId);
  if (!year) return null;
  const rows = (await getRegistrationOverview(actor, year.id)).filter((r) => r.missing > 0 || r.members - r.assessed > 0);
  return (
    <Card title={`Thi đua ${year.year}: còn thiếu theo tổ`} actions={<Link href={`/emulation?year=${year.year}&missing=1`} className="text-sm text-brand-700 hover:underline">Xem chi tiết</Link>}>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">Mọi tổ đã đăng ký và tự đánh giá đủ.</p>
      ) : (
        <table className="w-full text-sm" data-testid="emulation-missing">
          <thead className="text-left text-ink-muted">
            <tr><th className="py-1 font-medium">Tổ</th><th className="py-1 text-right font-medium">Chưa đăng ký</th><th className="py-1 text-right font-medium">Chưa nộp tự đánh giá</th></tr>
          </thead>
          <tbody className="divide-y divide-surface-line">
            {rows.map((r) => (
              <tr key={r.groupId}>
                <td className="py-1.5"><Link href={`/emulation/groups/${r.groupId}?year=${year.year}`} className="text-brand-700 hover:underline">{r.groupName}</Link></td>
                <td className="py-1.5 text-right">{r.missing}</td>
                <td className="py-1.5 text-right">{r.members - r.assessed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
