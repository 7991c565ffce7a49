import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { GroupDetail } from "@/lib/groups/queries";
import { POSITION_LABELS } from "@/lib/roles";

const period = (startOn: Date, endOn: Date | null) =>
  `${formatDate(startOn)} – ${endOn ? formatDate(endOn) : "nay"}`;

/** Tổ trưởng and tổ phó, now and before. */
export function GroupOfficers({
  current,
  past,
  canManage,
}: {
  current: GroupDetail["currentOfficers"];
  past: GroupDetail["pastOfficers"];
  canManage: boolean;
}) {
  return (
    <Card title="Tổ trưởng, tổ phó">
      {current.length === 0 ? (
        <p className="text-sm text-ink-muted">
          Tổ chưa có tổ trưởng, tổ phó đương nhiệm.
          {canManage && (
            <>
              {" "}
              Giao chức vụ ở trang{" "}
              <Link href="/terms" className="text-brand-700 underline">
                Nhiệm kỳ &amp; chức vụ
              </Link>
              .
            </>
          )}
        </p>
      ) : (
        <>
          {!current.some((p) => p.office === "GROUP_LEADER") && (
            <p className="mb-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Tổ chưa có tổ trưởng.
              {canManage && (
                <>
                  {" "}
                  <Link href="/terms" className="underline">
                    Giao chức vụ tổ trưởng
                  </Link>
                  .
                </>
              )}
            </p>
          )}
          <ul className="flex flex-col gap-2 text-sm">
            {current.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <Badge tone="red">{POSITION_LABELS[p.office]}</Badge>
                <span className="font-medium">{p.member.fullName}</span>
                <span className="text-ink-muted">từ {formatDate(p.startOn)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-ink-muted">Trước đây ({past.length})</summary>
          <ul className="mt-2 flex flex-col gap-1">
            {past.map((p) => (
              <li key={p.id}>
                {POSITION_LABELS[p.office]}: {p.member.fullName}{" "}
                <span className="text-ink-muted">({period(p.startOn, p.endOn)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

/** Who belonged to the tổ and when, newest first. */
export function GroupHistory({ rows }: { rows: GroupDetail["history"] }) {
  return (
    <Card title="Lịch sử thành viên">
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có ai sinh hoạt ở tổ này.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-surface-line text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2">
              <span className="font-medium">{r.member.fullName}</span>
              <span className={r.endOn ? "tabular-nums text-ink-muted" : "tabular-nums text-emerald-800"}>
                {period(r.startOn, r.endOn)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {rows.length === 200 && <p className="mt-2 text-xs text-ink-muted">Hiển thị 200 lượt gần nhất.</p>}
    </Card>
  );
}
