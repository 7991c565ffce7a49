// Rules for terms and positions that need no I/O: date periods, who may hold what, and when.
// Client-safe. Dates are calendar days stored as UTC midnight (the `@db.Date` convention).
import { formatDate } from "@/lib/format";
import type { PositionCode } from "@/lib/roles";

export type Day = Date | string;
/** A dated period; an open end (null) lasts until someone ends it. */
export type Period = { startOn: Day; endOn: Day | null };

export const BCH_ROLES = ["CHAIR", "VICE_CHAIR", "BCH_MEMBER", "TREASURER"] as const satisfies PositionCode[];
export const UBKT_ROLES = ["UBKT_CHAIR", "UBKT_MEMBER"] as const satisfies PositionCode[];
export const GROUP_ROLES = ["GROUP_LEADER", "GROUP_DEPUTY"] as const satisfies PositionCode[];
export const ALL_ROLES = [...BCH_ROLES, ...UBKT_ROLES, ...GROUP_ROLES] as const;

/** Roles of which only one holder may be in office at a time (per tổ for the tổ trưởng). */
const SINGLE_HOLDER: PositionCode[] = ["CHAIR", "GROUP_LEADER"];

export const isGroupRole = (office: PositionCode) =>
  (GROUP_ROLES as readonly PositionCode[]).includes(office);

const ms = (d: Day) => new Date(d).getTime();

/** Both ends inclusive: a position ending on the 1st and one starting on the 1st overlap on that day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aEnd = a.endOn === null ? Infinity : ms(a.endOn);
  const bEnd = b.endOn === null ? Infinity : ms(b.endOn);
  return ms(a.startOn) <= bEnd && ms(b.startOn) <= aEnd;
}

/** In office on that day. */
export function isCurrentOn(p: Period, day: Day): boolean {
  return periodsOverlap(p, { startOn: day, endOn: day });
}

/** The term whose dates cover today, else the one that started last. */
export function pickCurrentTerm<T extends { startOn: Day; endOn: Day }>(terms: T[], today: Day): T | null {
  const covering = terms.find((t) => isCurrentOn(t, today));
  if (covering) return covering;
  return [...terms].sort((a, b) => ms(b.startOn) - ms(a.startOn))[0] ?? null;
}

export type ExistingPosition = Period & {
  memberId: string;
  memberName: string;
  office: PositionCode;
  groupId: string | null;
};

export type AssignmentInput = {
  office: PositionCode;
  groupId: string | null;
  startOn: Day;
  member: { id: string; status: string; groupId: string };
  term: { startOn: Day; endOn: Day };
  /** Positions in the unit that could clash: same office, or held by the same member. */
  existing: ExistingPosition[];
};

/** Field errors that forbid the assignment, or null when it may go ahead. The new position is open-ended. */
export function checkAssignment(a: AssignmentInput): Record<string, string> | null {
  if (a.member.status !== "ACTIVE") return { memberId: "Chỉ giao chức vụ cho đoàn viên đang sinh hoạt." };
  if (isGroupRole(a.office)) {
    if (!a.groupId) return { groupId: "Vui lòng chọn tổ." };
    if (a.member.groupId !== a.groupId) return { memberId: "Đoàn viên này không thuộc tổ đã chọn." };
  }
  if (ms(a.startOn) < ms(a.term.startOn) || ms(a.startOn) > ms(a.term.endOn)) {
    return {
      startOn: `Ngày bắt đầu phải nằm trong nhiệm kỳ (${formatDate(a.term.startOn)} – ${formatDate(a.term.endOn)}).`,
    };
  }
  const mine: Period = { startOn: a.startOn, endOn: null };
  const sameSeat = (p: ExistingPosition) =>
    p.office === a.office && (!isGroupRole(a.office) || p.groupId === a.groupId);
  const twice = a.existing.find((p) => p.memberId === a.member.id && sameSeat(p) && periodsOverlap(p, mine));
  if (twice) return { memberId: `Đoàn viên này đang giữ chức vụ này (từ ${formatDate(twice.startOn)}).` };
  if (SINGLE_HOLDER.includes(a.office)) {
    const holder = a.existing.find((p) => sameSeat(p) && periodsOverlap(p, mine));
    if (holder) {
      const seat = a.office === "CHAIR" ? "Đã có chủ tịch" : "Tổ này đã có tổ trưởng";
      return {
        office: `${seat} trong thời gian này (${holder.memberName}, từ ${formatDate(holder.startOn)}). Hãy kết thúc chức vụ đó trước, với ngày kết thúc trước ngày bắt đầu mới.`,
      };
    }
  }
  return null;
}

/** Field errors that forbid ending a position on that date, or null. */
export function checkEnd(position: Period, endOn: Day, today: Day): Record<string, string> | null {
  if (position.endOn !== null && ms(position.endOn) < ms(today)) return { endOn: "Chức vụ này đã kết thúc." };
  if (ms(endOn) < ms(position.startOn))
    return { endOn: `Ngày kết thúc không được trước ngày bắt đầu (${formatDate(position.startOn)}).` };
  return null;
}

/** A new term may not overlap another: otherwise "the current term" is ambiguous. */
export function findOverlappingTerm<T extends { name: string; startOn: Day; endOn: Day }>(
  terms: T[],
  candidate: Period,
): T | null {
  return terms.find((t) => periodsOverlap(t, candidate)) ?? null;
}

/** Where a position sits on the page: in office (or about to be), or a past holder. */
export function positionPhase(p: Period, today: Day): "current" | "upcoming" | "past" {
  if (p.endOn !== null && ms(p.endOn) < ms(today)) return "past";
  return ms(p.startOn) > ms(today) ? "upcoming" : "current";
}
