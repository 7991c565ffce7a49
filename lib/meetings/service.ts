// Meeting rules without I/O: the state machine, the lock, vote limits, attendance rates,
// the document number. Unit-tested in tests/unit/meetings-service.test.ts.
import type { AttendanceCode, MeetingStatusCode } from "./labels";

export const LOCKED_MESSAGE =
  "Biên bản đã ký nên đã khóa. Muốn sửa, chủ trì hoặc chủ tịch phải mở lại biên bản (ghi rõ lý do).";
export const STALE_MESSAGE =
  "Biên bản đã có người sửa trong lúc bạn đang soạn. Hãy tải lại trang để xem bản mới nhất.";

export type MeetingAction = "markHeld" | "saveMinutes" | "sign" | "reopen";

const TRANSITIONS: Record<MeetingAction, { from: MeetingStatusCode[]; to: MeetingStatusCode }> = {
  markHeld: { from: ["PLANNED"], to: "HELD" },
  saveMinutes: { from: ["HELD", "MINUTES_DRAFT"], to: "MINUTES_DRAFT" },
  sign: { from: ["MINUTES_DRAFT"], to: "MINUTES_SIGNED" },
  reopen: { from: ["MINUTES_SIGNED"], to: "MINUTES_DRAFT" },
};

const REFUSALS: Record<MeetingAction, string> = {
  markHeld: "Chỉ cuộc họp đang ở trạng thái dự kiến mới đánh dấu được là đã họp.",
  saveMinutes: "Cuộc họp chưa diễn ra: hãy đánh dấu “Đã họp” trước khi ghi biên bản.",
  sign: "Chỉ ký được biên bản nháp.",
  reopen: "Chỉ mở lại được biên bản đã ký.",
};

/** The state after an action, or the Vietnamese reason it is refused. */
export function transition(
  status: MeetingStatusCode,
  action: MeetingAction,
): { ok: true; to: MeetingStatusCode } | { ok: false; error: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(status)) return { ok: true, to: t.to };
  if (status === "MINUTES_SIGNED" && action !== "reopen") return { ok: false, error: LOCKED_MESSAGE };
  return { ok: false, error: REFUSALS[action] };
}

/** Signed minutes lock the record: the minutes, attendance, agenda, invitees and decisions. */
export const isLocked = (status: MeetingStatusCode) => status === "MINUTES_SIGNED";

export type Votes = { votesFor?: number | null; votesAgainst?: number | null; votesOther?: number | null };

/** The Vietnamese error when the votes of an item add up to more than those present, else null. */
export function voteError(v: Votes, present: number): string | null {
  const sum = (v.votesFor ?? 0) + (v.votesAgainst ?? 0) + (v.votesOther ?? 0);
  return sum > present ? `Tổng số phiếu (${sum}) vượt quá số người có mặt (${present}).` : null;
}

/** Union guidance: one or two main topics per meeting. A warning, not a block. */
export const MAIN_TOPIC_WARNING =
  "Cuộc họp nên tập trung vào một hoặc hai nội dung chính; hiện có quá hai nội dung chính.";
export const tooManyMainTopics = (items: { isMain: boolean }[]) => items.filter((i) => i.isMain).length > 2;

export type AttendanceCounts = {
  total: number;
  present: number;
  excused: number;
  absent: number;
  unmarked: number;
};

export function countAttendance(rows: { attendance: AttendanceCode | null }[]): AttendanceCounts {
  const c: AttendanceCounts = { total: rows.length, present: 0, excused: 0, absent: 0, unmarked: 0 };
  for (const r of rows) {
    if (r.attendance === "PRESENT") c.present++;
    else if (r.attendance === "EXCUSED") c.excused++;
    else if (r.attendance === "ABSENT") c.absent++;
    else c.unmarked++;
  }
  return c;
}

/** present / invited, as a whole percentage; null when nobody was invited. */
export function attendanceRate(present: number, total: number): number | null {
  return total > 0 ? Math.round((present / total) * 1000) / 10 : null;
}

export const formatRate = (rate: number | null) =>
  rate === null ? "—" : `${rate.toLocaleString("vi-VN")} %`;

/** "Số: 05/BB-CĐCS" */
export const minutesNumber = (n: number) => `${String(n).padStart(2, "0")}/BB-CĐCS`;

/** The year a moment falls in, in Vietnam. */
export const vnYear = (d: Date) => new Date(d.getTime() + 7 * 3600_000).getUTCFullYear();

/** "yyyy-MM-dd" + "HH:mm" typed in Vietnam → the UTC moment. */
export function vnMoment(date: string, time: string): Date {
  return new Date(`${date}T${time}:00.000+07:00`);
}

/** A UTC moment → { date: "dd/mm/yyyy", time: "HH:mm" } in Vietnam, for forms. */
export function toVnParts(d: Date | null | undefined): { date: string; time: string } {
  if (!d) return { date: "", time: "" };
  const v = new Date(d.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`,
    time: `${p(v.getUTCHours())}:${p(v.getUTCMinutes())}`,
  };
}

/** "14 giờ 00 phút, ngày 15/01/2026" */
export function vnTimeWords(d: Date): string {
  const { date, time } = toVnParts(d);
  const [h, m] = time.split(":");
  return `${h} giờ ${m} phút, ngày ${date}`;
}
