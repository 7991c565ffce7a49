// Rules for moving members between tổ that need no I/O. Client-safe.
import { formatDate } from "@/lib/format";
import type { MemberStatusCode } from "@/lib/members/labels";
import { canApply } from "@/lib/members/service";

export type MoveCandidate = {
  fullName: string;
  status: MemberStatusCode;
  groupId: string;
  /** When the member joined their current tổ (the open membership row). */
  inGroupSince: Date | null;
  /** The date of the member's latest lifecycle event: history is never rewritten backwards. */
  lastEventOn?: Date | null;
};

const notBefore = (m: MoveCandidate) =>
  Math.max(m.inGroupSince?.getTime() ?? -Infinity, m.lastEventOn?.getTime() ?? -Infinity);

const names = (list: MoveCandidate[]) => list.map((m) => m.fullName).join(", ");

/** Field errors that forbid the move, or null. A move is dated no later than today and not before the member joined their tổ. */
export function checkMove(
  members: MoveCandidate[],
  toGroupId: string,
  effectiveOn: Date,
  today: Date,
): Record<string, string> | null {
  if (effectiveOn.getTime() > today.getTime()) return { effectiveOn: "Ngày chuyển không thể ở tương lai." };
  const already = members.filter((m) => m.groupId === toGroupId);
  if (already.length)
    return {
      memberIds: `Đã ở tổ chuyển đến: ${names(already)}.`,
      toGroupId: "Đoàn viên đã chọn đã ở tổ này.",
    };
  const gone = members.filter((m) => !canApply(m.status, "GROUP_CHANGED"));
  if (gone.length) return { memberIds: `Không còn sinh hoạt nên không chuyển tổ được: ${names(gone)}.` };
  const latest = members
    .filter((m) => notBefore(m) > effectiveOn.getTime())
    .sort((a, b) => notBefore(b) - notBefore(a))[0];
  if (latest) {
    const since = new Date(notBefore(latest));
    const why =
      latest.inGroupSince?.getTime() === since.getTime()
        ? "vào tổ hiện tại"
        : "có thay đổi sinh hoạt gần nhất";
    return {
      effectiveOn: `Ngày chuyển phải từ ${formatDate(since)} trở đi: ${latest.fullName} ${why} ngày ${formatDate(since)}.`,
    };
  }
  return null;
}
