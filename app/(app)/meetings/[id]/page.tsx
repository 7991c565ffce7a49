import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import {
  getMeeting,
  getMeetingAudit,
  getMeetingFormOptions,
  listInvitedIds,
} from "@/lib/meetings/detail-queries";
import { MEETING_TYPE_LABELS } from "@/lib/meetings/labels";
import { minutesNumber } from "@/lib/meetings/service";
import { meetingTitle } from "@/lib/meetings/title";
import { findMeetingOpinions } from "@/lib/opinions/queries";
import { DecisionsCard } from "./decisions-card";
import { MeetingHistory } from "./meeting-history";
import { MeetingOpinions } from "./meeting-opinions";
import { AttendanceCard, MeetingActions, MeetingDetails, MeetingNotes } from "./meeting-parts";
import { MinutesView } from "./minutes-view";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await meetingTitle((await params).id);
  return { title: t ? `${t}` : "Cuộc họp" };
}

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
        actions={<MeetingActions m={m} />}
      />
      <MeetingNotes m={m} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          <MeetingDetails m={m} />
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
          <AttendanceCard
            m={m}
            invite={
              m.canManage && !locked && options
                ? { ...options, invitedIds, canInviteUnit: can(actor, "meetings.manage") }
                : null
            }
          />
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
