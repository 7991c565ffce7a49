import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionsCard } from "@/components/meetings/decisions-card";
import { InviteDialog } from "@/components/meetings/invite-dialog";
import { MeetingHistory } from "@/components/meetings/meeting-history";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MinutesView } from "@/components/meetings/minutes-view";
import { StateActions } from "@/components/meetings/state-actions";
import { MeetingOpinions } from "@/components/opinions/meeting-opinions";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card, DetailList } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatDateTime } from "@/lib/format";
import {
  getMeeting,
  getMeetingAudit,
  getMeetingFormOptions,
  listInvitedIds,
} from "@/lib/meetings/detail-queries";
import { MEETING_TYPE_LABELS } from "@/lib/meetings/labels";
import { attendanceRate, formatRate, minutesNumber } from "@/lib/meetings/service";
import { findMeetingOpinions } from "@/lib/opinions/queries";

export const metadata: Metadata = { title: "Cuộc họp" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("meetings.read.all", "meetings.read.group", "meetings.read.own");
  const m = await getMeeting(actor, (await params).id);
  if (!m) notFound();
  const locked = m.status === "MINUTES_SIGNED";
  const [history, options, opinions] = await Promise.all([
    getMeetingAudit(actor, m),
    m.canManage ? getMeetingFormOptions(actor) : null,
    findMeetingOpinions(actor, m.id),
  ]);
  const invitedIds = locked ? [] : await listInvitedIds(actor, m);
  const c = m.counts;

  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={
          <span className="inline-flex flex-wrap items-center gap-2">
            {MEETING_TYPE_LABELS[m.type]}
            {m.group && ` · ${m.group.name}`} · Số {minutesNumber(m.number)}{" "}
            <MeetingStatusBadge status={m.status} />
          </span>
        }
        actions={
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
        }
      />
      {locked && (
        <p
          className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
          data-testid="locked-note"
        >
          Biên bản đã ký ngày {formatDateTime(m.signedAt)} và đã khóa.
        </p>
      )}
      {!m.showMinutes && m.status === "MINUTES_DRAFT" && (
        <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Biên bản đang soạn; bạn xem được sau khi biên bản được ký.
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
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
                [
                  "Bạn",
                  m.myAttendance
                    ? { PRESENT: "Có mặt", EXCUSED: "Vắng có lý do", ABSENT: "Vắng không lý do" }[
                        m.myAttendance
                      ]
                    : null,
                ],
              ]}
            />
          </Card>
          <Card title="Chương trình và biên bản">
            <MinutesView m={m} />
          </Card>
          {m.showMinutes && (
            <DecisionsCard
              meetingId={m.id}
              decisions={m.decisions}
              members={options?.members ?? []}
              canAdd={m.canManage && !locked && m.status !== "PLANNED"}
              canFollowUp={m.canManage}
              today={clock.today().toISOString().slice(0, 10)}
            />
          )}
        </div>
        <div className="flex flex-col gap-4">
          <Card
            title="Điểm danh"
            actions={
              m.canManage &&
              !locked &&
              options && (
                <InviteDialog
                  meetingId={m.id}
                  groups={options.groups}
                  members={options.members}
                  invitedIds={invitedIds}
                  canInviteUnit={can(actor, "meetings.manage")}
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
          {can(actor, "opinions.read.all") && (
            <MeetingOpinions
              opinions={opinions}
              action={m.canManage && options ? { meetingId: m.id, members: options.members } : null}
            />
          )}
          {history && <MeetingHistory rows={history} />}
        </div>
      </div>
    </>
  );
}
