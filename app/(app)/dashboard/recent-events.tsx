import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/format";
import { EVENT_LABELS, type MemberEventCode } from "@/lib/members/labels";

const TONE: Record<MemberEventCode, "green" | "amber" | "red" | "gray" | "blue"> = {
  ADMITTED: "green",
  TRANSFERRED_IN: "green",
  GROUP_CHANGED: "blue",
  RESUMED: "blue",
  SUSPENDED: "amber",
  TRANSFERRED_OUT: "gray",
  LEFT: "gray",
  RETIRED: "gray",
  EXPELLED: "red",
};

export function RecentEvents({
  events,
  year,
  joined,
  left,
}: {
  events: Dashboard["recent"];
  year: number;
  joined: number;
  left: number;
}) {
  return (
    <Card
      title="Biến động gần đây"
      actions={
        <span className="text-sm text-ink-muted">
          Năm {year}: <span className="font-medium text-emerald-700">+{joined} vào</span> ·{" "}
          <span className="font-medium text-ink">−{left} ra</span>
        </span>
      }
    >
      {events.length === 0 ? (
        <p className="text-sm text-ink-muted">
          Chưa có biến động nào. Khi kết nạp, chuyển sinh hoạt hay cho đoàn viên thôi sinh hoạt (trong hồ sơ
          từng đoàn viên), thay đổi sẽ hiện ở đây.
        </p>
      ) : (
        <ul className="divide-y divide-surface-line">
          {events.map((e) => (
            <li key={e.id} className="flex items-center justify-between gap-3 py-2.5">
              <div className="min-w-0">
                <Link
                  href={`/members/${e.memberId}`}
                  className="block truncate text-sm font-medium text-ink hover:text-brand-700 hover:underline"
                >
                  {e.memberName}
                </Link>
                <p className="text-xs tabular-nums text-ink-muted">{formatDate(e.effectiveOn)}</p>
              </div>
              <Badge tone={TONE[e.type]}>{EVENT_LABELS[e.type]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
