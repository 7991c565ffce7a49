// The parts of the meeting page (page.tsx): its header actions, the notes on the minutes' state,
// the details card and the attendance card.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, DetailList } from "@/components/ui/card";
import { formatAtMoment, formatDateTime } from "@/lib/format";
import type { getMeetingFormOptions, MeetingDetail } from "@/lib/meetings/detail-queries";
import { attendanceRate, formatRate } from "@/lib/meetings/service";
import { InviteDialog } from "./invite-dialog";
import { StateActions } from "./state-actions";

type Options = Awaited<ReturnType<typeof getMeetingFormOptions>>;

const MY_ATTENDANCE = { PRESENT: "Có mặt", EXCUSED: "Vắng có lý do", ABSENT: "Vắng không lý do" } as const;

/** Sửa, Điểm danh, Ghi biên bản, In biên bản, and the state buttons, as the meeting's state allows. */
export function MeetingActions({ m }: { m: MeetingDetail }) {
  const locked = m.status === "MINUTES_SIGNED";
  const c = m.counts;
  return (
    <>
      {m.canManage && !locked && (
        <Link href={`/meetings/${m.id}/edit`} className={buttonClass("secondary")}>
          Sửa
        </Link>
      )}
      {m.canManage && !locked && (
        <Link href={`/meetings/${m.id}/attendance`} className={buttonClass("secondary")}>
          Điểm danh
        </Link>
      )}
      {m.canManage && (m.status === "HELD" || m.status === "MINUTES_DRAFT") && (
        <Link href={`/meetings/${m.id}/minutes`} className={buttonClass("primary")}>
          Ghi biên bản
        </Link>
      )}
      {m.showMinutes && m.status !== "PLANNED" && m.status !== "HELD" && (
        <Link href={`/print/meetings/${m.id}`} className={buttonClass("secondary")}>
          In biên bản
        </Link>
      )}
      <StateActions
        meetingId={m.id}
        status={m.status}
        canManage={m.canManage}
        canReopen={m.canReopen}
        unmarked={c.unmarked}
      />
    </>
  );
}

/** Signed and locked, or a draft this reader cannot see yet. */
export function MeetingNotes({ m }: { m: MeetingDetail }) {
  const locked = m.status === "MINUTES_SIGNED";
  return (
    <>
      {locked && (
        <p
          className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
          data-testid="locked-note"
        >
          Biên bản đã ký {formatAtMoment(m.signedAt)} và đã khóa. Muốn sửa, chủ tịch hoặc người chủ trì mở lại
          biên bản (có ghi lý do).
        </p>
      )}
      {!m.showMinutes && m.status === "MINUTES_DRAFT" && (
        <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Biên bản đang soạn; bạn xem được sau khi biên bản được ký.
        </p>
      )}
    </>
  );
}

export function MeetingDetails({ m }: { m: MeetingDetail }) {
  return (
    <Card>
      <DetailList
        items={[
          [
            "Thời gian",
            `${formatDateTime(m.startsAt)}${m.endsAt ? ` – ${formatDateTime(m.endsAt).slice(0, 5)}` : ""}`,
          ],
          ["Địa điểm", m.place],
          ["Chủ trì", m.chair?.fullName],
          ["Thư ký", m.secretary?.fullName],
          [
            "Họp BCH chuẩn bị",
            m.preparatoryMeeting && (
              <Link className="text-brand-700 underline" href={`/meetings/${m.preparatoryMeeting.id}`}>
                {m.preparatoryMeeting.title}
              </Link>
            ),
          ],
          ["Bạn", m.myAttendance ? MY_ATTENDANCE[m.myAttendance] : null],
        ]}
      />
    </Card>
  );
}

/** The attendance figures; the invite dialog when the actor may still invite. */
export function AttendanceCard({
  m,
  invite,
}: {
  m: MeetingDetail;
  invite: (Pick<Options, "groups" | "members"> & { invitedIds: string[]; canInviteUnit: boolean }) | null;
}) {
  const c = m.counts;
  return (
    <Card
      title="Điểm danh"
      actions={
        invite && (
          <InviteDialog
            meetingId={m.id}
            groups={invite.groups}
            members={invite.members}
            invitedIds={invite.invitedIds}
            canInviteUnit={invite.canInviteUnit}
          />
        )
      }
    >
      <p className="text-2xl font-semibold tabular-nums" data-testid="attendance-summary">
        {c.present}/{c.total}{" "}
        <span className="text-sm font-normal text-ink-muted">
          có mặt ({formatRate(attendanceRate(c.present, c.total))})
        </span>
      </p>
      <p className="text-sm text-ink-muted">
        Vắng có lý do {c.excused} · vắng không lý do {c.absent} · chưa điểm danh {c.unmarked}
      </p>
    </Card>
  );
}
